package io.trustwatch.churn;

/** One customer's signals with their ground-truth outcome (from simulation), the input of {@link RiskWeightFitter}. */
public record LabelledSignals(CustomerSignals signals, CustomerOutcome outcome) {}
