package io.trustwatch.jobs.trends;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The anomaly rule for weekly series: a robust z-score of this week's value against the same
 * group's trailing {@value #TRAILING_WEEKS} weeks, using the median and the median absolute
 * deviation (MAD) so one earlier spike does not hide the next.
 *
 * <pre>z = (x - median(trailing)) / (1.4826 * MAD(trailing))</pre>
 *
 * 1.4826 makes the MAD comparable to a standard deviation for normal data. A week is anomalous
 * when |z| >= {@value #THRESHOLD} (the usual cut-off for robust z, Iglewicz and Hoaglin) and the
 * group has at least {@value #MIN_HISTORY} trailing weeks with data. When the trailing weeks are
 * all equal (MAD = 0) the MAD is floored, so a flat series that moves by a meaningful amount is
 * still flagged while tiny wobbles are not: {@value #MAD_FLOOR} for shares and net sentiment
 * (a move of about 0.26), {@value #COUNT_MAD_FLOOR} for weekly counts (three more mentions than
 * usual; one stray mention in a quiet group is not news).
 */
public final class AnomalyRule {

  public static final int TRAILING_WEEKS = 8;
  public static final int MIN_HISTORY = 4;
  public static final double THRESHOLD = 3.5;
  public static final double MAD_FLOOR = 0.05;
  public static final double COUNT_MAD_FLOOR = 0.5;
  private static final double NORMAL_CONSISTENCY = 1.4826;

  private AnomalyRule() {}

  /** The robust z-score of a share or net sentiment, or null when there is too little history to judge. */
  public static Double robustZ(List<Double> trailing, Double x) {
    return robustZ(trailing, x, MAD_FLOOR);
  }

  /** The robust z-score with the given MAD floor, or null when there is too little history to judge. */
  public static Double robustZ(List<Double> trailing, Double x, double madFloor) {
    if (x == null || trailing == null) return null;
    double[] values = trailing.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    if (values.length < MIN_HISTORY) return null;
    double median = median(values);
    double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
    double mad = Math.max(median(deviations), madFloor);
    return (x - median) / (NORMAL_CONSISTENCY * mad);
  }

  public static boolean isAnomaly(Double z) {
    return z != null && Math.abs(z) >= THRESHOLD;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
