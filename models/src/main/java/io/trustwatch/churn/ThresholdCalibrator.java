package io.trustwatch.churn;

import java.util.List;

/**
 * Chooses the high and medium band thresholds from labelled scores: each is the threshold with the
 * highest recall among those whose precision meets the band's target (ties: the higher threshold,
 * which flags fewer). Defaults: precision &gt;= 0.80 for high (an alert list a team can trust),
 * &gt;= 0.50 for medium (worth a look). The medium threshold is never above the high one.
 *
 * <p>Run it on simulated customers with known outcomes, never on the data being reported.
 */
public final class ThresholdCalibrator {

  public static final double DEFAULT_HIGH_PRECISION = 0.80;
  public static final double DEFAULT_MEDIUM_PRECISION = 0.50;

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
    PrecisionRecallCurve.Point high = bestRecallAtPrecision(curve, highPrecisionTarget);
    PrecisionRecallCurve.Point medium = bestRecallAtPrecision(curve, mediumPrecisionTarget);
    double highThreshold = high == null ? Double.POSITIVE_INFINITY : high.threshold();
    double mediumThreshold = medium == null ? highThreshold : Math.min(medium.threshold(), highThreshold);
    PrecisionRecallCurve.Point atMedium = medium == null || medium.threshold() > highThreshold ? high : medium;
    return new BandCalibration(
        mediumThreshold, highThreshold,
        high != null, precision(high), recall(high),
        medium != null, precision(atMedium), recall(atMedium),
        curve.averagePrecision(), curve.positives(), scores.size());
  }

  private static PrecisionRecallCurve.Point bestRecallAtPrecision(PrecisionRecallCurve curve, double target) {
    PrecisionRecallCurve.Point best = null;
    // Points run from high to low threshold, so recall never falls; ">" keeps the highest threshold on ties.
    for (PrecisionRecallCurve.Point p : curve.points()) {
      if (p.precision() >= target && (best == null || p.recall() > best.recall())) {
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
