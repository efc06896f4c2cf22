package io.trustwatch.churn;

/** A scored customer with its ground-truth outcome (from simulation). */
public record LabelledRisk(ChurnRisk risk, CustomerOutcome outcome) {

  /**
   * The silent-churn alert as a ranking: only silent customers can raise it, ranked by risk score;
   * the positive class is {@link CustomerOutcome#SILENT_CHURNER}.
   */
  public LabelledScore asSilentAlertScore() {
    double score = risk.isSilent() ? risk.riskScore() : Double.NEGATIVE_INFINITY;
    return new LabelledScore(score, outcome == CustomerOutcome.SILENT_CHURNER);
  }
}
