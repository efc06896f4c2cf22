package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnEvaluationTest {

  @Test
  void countsOnlySilentHighAlerts() {
    List<LabelledRisk> data = new ArrayList<>();
    data.add(risk(0.90, RiskBand.HIGH, true, CustomerOutcome.SILENT_CHURNER));
    data.add(risk(0.85, RiskBand.HIGH, true, CustomerOutcome.SILENT_CHURNER));
    data.add(risk(0.80, RiskBand.HIGH, true, CustomerOutcome.SILENT_CHURNER));
    data.add(risk(0.70, RiskBand.HIGH, true, CustomerOutcome.QUIET_HAPPY));
    for (int i = 0; i < 3; i++) {
      data.add(risk(0.40, RiskBand.MEDIUM, true, CustomerOutcome.QUIET_HAPPY));
    }
    data.add(risk(0.95, RiskBand.HIGH, false, CustomerOutcome.LOUD_CHURNER));
    data.add(risk(0.95, RiskBand.HIGH, false, CustomerOutcome.LOUD_CHURNER));
    data.add(risk(0.10, RiskBand.LOW, true, CustomerOutcome.SILENT_CHURNER));
    data.add(risk(0.05, RiskBand.LOW, true, CustomerOutcome.LOYAL_HAPPY));

    ChurnEvaluationReport r = ChurnEvaluation.evaluate(data);

    assertEquals(4, r.alerts());
    assertEquals(4, r.silentChurners());
    assertEquals(0.75, r.precision(), 1e-12);
    assertEquals(0.75, r.recall(), 1e-12);
    assertEquals(0.25, r.quietHappyFalseAlarmRate(), 1e-12);
    // Ranking of silent customers: 3 hits, 4 quiet-happy, then the last silent churner at precision 4/8.
    assertEquals(0.75 * 1.0 + 0.25 * 4.0 / 8, r.prAuc(), 1e-12);
  }

  @Test
  void noAlertsGiveNaNPrecisionNotAFakeNumber() {
    ChurnEvaluationReport r = ChurnEvaluation.evaluate(List.of(
        risk(0.2, RiskBand.LOW, true, CustomerOutcome.SILENT_CHURNER)));
    assertTrue(Double.isNaN(r.precision()));
    assertEquals(0.0, r.recall());
    assertTrue(Double.isNaN(r.quietHappyFalseAlarmRate()));
  }

  @Test
  void outcomeCodesRoundTrip() {
    for (CustomerOutcome o : CustomerOutcome.values()) {
      assertEquals(o, CustomerOutcome.fromCode(o.code()));
    }
    assertEquals(CustomerOutcome.SILENT_CHURNER, CustomerOutcome.fromCode("silent_churner"));
  }

  private static LabelledRisk risk(double score, RiskBand band, boolean silent, CustomerOutcome outcome) {
    return new LabelledRisk(new ChurnRisk(score, band, silent, List.of()), outcome);
  }
}
