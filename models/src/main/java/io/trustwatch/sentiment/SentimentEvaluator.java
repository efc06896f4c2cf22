package io.trustwatch.sentiment;

import java.util.List;

/**
 * Accumulates a confusion matrix and reports accuracy and macro-F1. Macro-F1 averages F1 over the
 * classes present in the gold labels, so a rare class (Arabic neutral, 3%) weighs as much as a common one.
 */
public final class SentimentEvaluator {

  private final int[][] confusion = new int[3][3];
  private int n;

  /** A post the scorer declined (null label) is counted as neutral: it carries no polarity we could report. */
  public void add(SentimentLabel gold, SentimentLabel predicted) {
    SentimentLabel p = predicted == null ? SentimentLabel.NEUTRAL : predicted;
    confusion[gold.ordinal()][p.ordinal()]++;
    n++;
  }

  public static SentimentMetrics evaluate(SentimentScorer scorer, String lang, List<SentimentSample> samples) {
    SentimentEvaluator eval = new SentimentEvaluator();
    for (SentimentSample s : samples) {
      eval.add(s.label(), scorer.score(s.text(), s.tokens(), lang).label());
    }
    return eval.metrics();
  }

  public SentimentMetrics metrics() {
    int correct = 0;
    double f1Sum = 0;
    int classes = 0;
    double[] f1 = new double[3];
    for (int k = 0; k < 3; k++) {
      correct += confusion[k][k];
      int gold = 0;
      int predicted = 0;
      for (int j = 0; j < 3; j++) {
        gold += confusion[k][j];
        predicted += confusion[j][k];
      }
      double precision = predicted == 0 ? 0 : confusion[k][k] / (double) predicted;
      double recall = gold == 0 ? 0 : confusion[k][k] / (double) gold;
      f1[k] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      if (gold > 0) {
        f1Sum += f1[k];
        classes++;
      }
    }
    return new SentimentMetrics(n, n == 0 ? 0 : correct / (double) n, classes == 0 ? 0 : f1Sum / classes, f1);
  }
}
