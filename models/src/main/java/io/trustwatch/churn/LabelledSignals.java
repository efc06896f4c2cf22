package io.trustwatch.churn;

/** One customer's signals with their ground-truth outcome (from simulation), the input of {@link RiskWeightFitter}. */
public record LabelledSignals(CustomerSignals signals, CustomerOutcome outcome) {

  /** The customer's risk under {@code scorer}, with the same outcome. */
  public LabelledRisk scoredBy(ChurnRiskScorer scorer) {
    return new LabelledRisk(scorer.score(signals), outcome);
  }
}
