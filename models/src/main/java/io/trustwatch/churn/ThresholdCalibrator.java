package io.trustwatch.churn;

import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Chooses the high and medium band thresholds from labelled scores: each is the threshold with the
 * highest recall among those whose precision meets the band's target (ties: the higher threshold,
 * which flags fewer). Defaults: precision &gt;= 0.80 for high (an alert list a team can trust),
 * &gt;= 0.50 for medium (worth a look). The medium threshold is never above the high one.
 *
 * <p>The high band's precision must meet its target with {@value #HIGH_CONFIDENCE} confidence: the
 * lower end of the one-sided Wilson score interval of the flagged customers' precision. The point
 * estimate alone lands the threshold exactly where this sample happened to reach the target, so on
 * the next simulation, or the customers it is used on, precision falls below the target about half
 * the time; the bound leaves the margin a sample of this size needs.
 *
 * <p>When the high target is met only at a recall below {@value #MIN_USEFUL_RECALL} (or not at
 * all), a high band that catches almost nobody would silence the alert list, so the high threshold
 * falls back to the best balance of the two (maximum F1), provided that point still meets the
 * medium precision target; {@link BandCalibration#highTargetMet()} stays false so the miss is
 * reported. Otherwise nothing is high.
 *
 * <p>Run it on simulated customers with known outcomes, never on the data being reported.
 */
public final class ThresholdCalibrator {

  public static final double DEFAULT_HIGH_PRECISION = 0.80;
  public static final double DEFAULT_MEDIUM_PRECISION = 0.50;
  /** One-sided confidence that the high band's precision meets its target. */
  public static final double HIGH_CONFIDENCE = 0.95;
  /** Below this recall a high band meeting its precision target is too small to act on. */
  public static final double MIN_USEFUL_RECALL = 0.25;

  private final double highPrecisionTarget;
  private final double mediumPrecisionTarget;

  public ThresholdCalibrator() {
    this(DEFAULT_HIGH_PRECISION, DEFAULT_MEDIUM_PRECISION);
  }

  public ThresholdCalibrator(double highPrecisionTarget, double mediumPrecisionTarget) {
    if (!(mediumPrecisionTarget > 0 && mediumPrecisionTarget <= highPrecisionTarget && highPrecisionTarget <= 1)) {
      throw new IllegalArgumentException("need 0 < mediumPrecisionTarget <= highPrecisionTarget <= 1");
    }
    this.highPrecisionTarget = highPrecisionTarget;
    this.mediumPrecisionTarget = mediumPrecisionTarget;
  }

  /**
   * Calibrates the silent-churn alert: only silent customers can be flagged, silent churners are
   * the positives ({@link LabelledRisk#asSilentAlertScore()}).
   */
  public BandCalibration calibrateSilentAlerts(List<LabelledRisk> risks) {
    return calibrate(risks.stream().map(LabelledRisk::asSilentAlertScore).toList());
  }

  /** @throws IllegalArgumentException when there is no positive to calibrate against */
  public BandCalibration calibrate(List<LabelledScore> scores) {
    PrecisionRecallCurve curve = new PrecisionRecallCurve(scores);
    if (curve.positives() == 0) {
      throw new IllegalArgumentException("calibration needs at least one positive");
    }
    PrecisionRecallCurve.Point atTarget = bestRecallAtConfidentPrecision(curve, highPrecisionTarget);
    boolean highTargetMet = atTarget != null && atTarget.recall() >= MIN_USEFUL_RECALL;
    PrecisionRecallCurve.Point high = highTargetMet ? atTarget : balancedFallback(curve);
    PrecisionRecallCurve.Point medium = bestRecallAtPrecision(curve, mediumPrecisionTarget);
    double highThreshold = high == null ? Double.POSITIVE_INFINITY : high.threshold();
    double mediumThreshold = medium == null ? highThreshold : Math.min(medium.threshold(), highThreshold);
    PrecisionRecallCurve.Point atMedium = medium == null || medium.threshold() > highThreshold ? high : medium;
    return new BandCalibration(
        mediumThreshold, highThreshold,
        highTargetMet, precision(high), recall(high),
        medium != null, precision(atMedium), recall(atMedium),
        curve.averagePrecision(), curve.positives(), scores.size());
  }

  /** The maximum-F1 point, if it is at least as precise as the medium band must be; else none. */
  private PrecisionRecallCurve.Point balancedFallback(PrecisionRecallCurve curve) {
    PrecisionRecallCurve.Point best = null;
    for (PrecisionRecallCurve.Point p : curve.points()) {
      if (best == null || f1(p) > f1(best)) {
        best = p;
      }
    }
    return best != null && best.precision() >= mediumPrecisionTarget ? best : null;
  }

  private static double f1(PrecisionRecallCurve.Point p) {
    double sum = p.precision() + p.recall();
    return sum == 0 ? 0 : 2 * p.precision() * p.recall() / sum;
  }

  private static PrecisionRecallCurve.Point bestRecallAtConfidentPrecision(PrecisionRecallCurve curve, double target) {
    // A two-sided interval at 1 - 2a has the one-sided level 1 - a at its lower end. That end never
    // exceeds the point precision, so a point passing it meets the target outright as well.
    WilsonScoreInterval wilson = new WilsonScoreInterval();
    double twoSided = 1 - 2 * (1 - HIGH_CONFIDENCE);
    return bestRecall(curve, p -> wilson.createInterval(p.truePositives() + p.falsePositives(), p.truePositives(),
        twoSided).getLowerBound() >= target);
  }

  private static PrecisionRecallCurve.Point bestRecallAtPrecision(PrecisionRecallCurve curve, double target) {
    return bestRecall(curve, p -> p.precision() >= target);
  }

  private static PrecisionRecallCurve.Point bestRecall(PrecisionRecallCurve curve,
      Predicate<PrecisionRecallCurve.Point> qualifies) {
    PrecisionRecallCurve.Point best = null;
    // Points run from high to low threshold, so recall never falls; ">" keeps the highest threshold on ties.
    for (PrecisionRecallCurve.Point p : curve.points()) {
      if ((best == null || p.recall() > best.recall()) && qualifies.test(p)) {
        best = p;
      }
    }
    return best;
  }

  private static double precision(PrecisionRecallCurve.Point p) {
    return p == null ? Double.NaN : p.precision();
  }

  private static double recall(PrecisionRecallCurve.Point p) {
    return p == null ? 0 : p.recall();
  }
}
