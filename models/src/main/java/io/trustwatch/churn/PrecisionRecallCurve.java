package io.trustwatch.churn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precision and recall at every distinct score threshold ("flag if score &gt;= threshold"), and the
 * area under the curve as <em>average precision</em>: AP = sum over thresholds of
 * (R_k - R_{k-1}) · P_k, thresholds taken from high to low. Tied scores form one step (they are
 * flagged together), so AP does not depend on input order. Average precision is used rather than a
 * trapezoid because linear interpolation between PR points is optimistic. Positives that can never
 * be flagged count in the recall denominator, so they lower both recall and AP.
 */
public final class PrecisionRecallCurve {

  /**
   * One point of the curve.
   *
   * @param threshold      flag if score &gt;= threshold
   * @param truePositives  flagged positives
   * @param falsePositives flagged negatives
   */
  public record Point(double threshold, int truePositives, int falsePositives, double precision, double recall) {}

  private final List<Point> points;
  private final int positives;
  private final double averagePrecision;

  public PrecisionRecallCurve(List<LabelledScore> scores) {
    positives = (int) scores.stream().filter(LabelledScore::positive).count();
    List<LabelledScore> ranked = scores.stream().filter(LabelledScore::flaggable)
        .sorted(Comparator.comparingDouble(LabelledScore::score).reversed()).toList();
    List<Point> out = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    double ap = 0;
    double previousRecall = 0;
    for (int i = 0; i < ranked.size(); i++) {
      LabelledScore s = ranked.get(i);
      if (s.positive()) {
        tp++;
      } else {
        fp++;
      }
      boolean lastOfTie = i + 1 == ranked.size() || ranked.get(i + 1).score() < s.score();
      if (lastOfTie) {
        double precision = (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        out.add(new Point(s.score(), tp, fp, precision, recall));
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
      }
    }
    points = List.copyOf(out);
    averagePrecision = positives == 0 ? Double.NaN : ap;
  }

  /** Points from the highest threshold to the lowest. */
  public List<Point> points() {
    return points;
  }

  public int positives() {
    return positives;
  }

  /** Average precision in [0, 1]; NaN when there is no positive. */
  public double averagePrecision() {
    return averagePrecision;
  }
}
