package io.trustwatch.churn;

import java.util.List;

/** Measures the silent-churn alert against ground-truth outcomes of simulated customers. */
public final class ChurnEvaluation {

  private ChurnEvaluation() {}

  public static ChurnEvaluationReport evaluate(List<LabelledRisk> labelled) {
    int alerts = 0;
    int truePositives = 0;
    int silentChurners = 0;
    int quietHappy = 0;
    int quietHappyAlerted = 0;
    for (LabelledRisk l : labelled) {
      boolean alert = isAlert(l.risk());
      boolean silentChurner = l.outcome() == CustomerOutcome.SILENT_CHURNER;
      alerts += alert ? 1 : 0;
      truePositives += alert && silentChurner ? 1 : 0;
      silentChurners += silentChurner ? 1 : 0;
      if (l.outcome() == CustomerOutcome.QUIET_HAPPY) {
        quietHappy++;
        quietHappyAlerted += alert ? 1 : 0;
      }
    }
    double prAuc = new PrecisionRecallCurve(
        labelled.stream().map(LabelledRisk::asSilentAlertScore).toList()).averagePrecision();
    return new ChurnEvaluationReport(
        ratio(truePositives, alerts), ratio(truePositives, silentChurners), prAuc,
        ratio(quietHappyAlerted, quietHappy), alerts, silentChurners, quietHappy, labelled.size());
  }

  /** The alert the weekly job raises: a silent customer in the high band. */
  public static boolean isAlert(ChurnRisk risk) {
    return risk.isSilent() && risk.riskBand() == RiskBand.HIGH;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
