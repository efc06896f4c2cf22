package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RiskWeightFitterTest {

  /**
   * Silent churners and loyal customers alike go quiet (silence says nothing here), but only churners
   * raise data breaches, in 70 % of cases, and a few loyal ones sour in tone. The starting weights trust
   * silence and tone and barely count the breach, so the ranking is mixed; the fit must learn that the
   * breach is the evidence.
   */
  @Test
  void learnsToWeighTheSignalThatSeparatesAndRaisesAveragePrecision() {
    Random random = new Random(5);
    List<LabelledSignals> customers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean churner = i % 4 == 0;
      boolean breach = churner && random.nextDouble() < 0.7;
      double level = !churner && random.nextDouble() < 0.2 ? -0.5 : 0.1;
      customers.add(new LabelledSignals(
          ChurnRiskScorerTest.signals(10 + random.nextInt(200), 10, level, 0.0,
              breach ? List.of("data_breach") : List.of(), false, false, 0.9),
          churner ? CustomerOutcome.SILENT_CHURNER : CustomerOutcome.LOYAL_HAPPY));
    }
    ChurnRiskConfig start = new RiskWeights(0.3, 0.2, 0.6, 0.15, 0.35, java.util.Map.of("data_breach", 0.02))
        .applyTo(ChurnRiskConfig.defaults());
    RiskWeightFitter.Fit fit = new RiskWeightFitter(1L, 600).fit(customers, start);

    assertTrue(fit.averagePrecisionAfter() > fit.averagePrecisionBefore() + 0.1,
        fit.averagePrecisionBefore() + " -> " + fit.averagePrecisionAfter());
    assertEquals(fit.averagePrecisionAfter(),
        RiskWeightFitter.averagePrecision(customers, fit.weights().applyTo(start)), 1e-12);
    double breach = Math.min(fit.weights().themes().get("data_breach"), fit.weights().trustBreachCap());
    assertTrue(breach > fit.weights().negativeTone(), "breach " + breach + " vs tone " + fit.weights().negativeTone());
  }

  @Test
  void theSameSeedGivesTheSameWeights() {
    List<LabelledSignals> customers = List.of(
        new LabelledSignals(ChurnRiskScorerTest.signals(90, 10, -0.4, -0.1, List.of("dishonesty"), false, false, 0.2),
            CustomerOutcome.SILENT_CHURNER),
        new LabelledSignals(ChurnRiskScorerTest.signals(5, 10, 0.3, 0.0, List.of(), false, false, 0.9),
            CustomerOutcome.QUIET_HAPPY));
    RiskWeightFitter fitter = new RiskWeightFitter(3L, 200);
    assertEquals(fitter.fit(customers, ChurnRiskConfig.defaults()).weights(),
        fitter.fit(customers, ChurnRiskConfig.defaults()).weights());
  }

  @Test
  void needsASilentChurner() {
    List<LabelledSignals> none = List.of(new LabelledSignals(
        ChurnRiskScorerTest.signals(5, 10, 0.3, 0.0, List.of(), false, false, 0.9), CustomerOutcome.LOYAL_HAPPY));
    assertThrows(IllegalArgumentException.class, () -> new RiskWeightFitter().fit(none, ChurnRiskConfig.defaults()));
  }
}
