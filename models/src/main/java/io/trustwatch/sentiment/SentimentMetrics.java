package io.trustwatch.sentiment;

/**
 * Classification quality on one labelled set.
 *
 * @param f1 per-class F1 indexed by {@link SentimentLabel#ordinal()}
 */
public record SentimentMetrics(int n, double accuracy, double macroF1, double[] f1) {}
