package io.trustwatch.churn;

/**
 * Band thresholds chosen by {@link ThresholdCalibrator} and how they perform on the data they were
 * chosen on. When the medium precision target cannot be met at any threshold, its threshold is
 * +infinity (nothing is put in it) and its {@code met} flag is false; for the high band see
 * {@link ThresholdCalibrator} (a maximum-F1 fallback when the target is out of useful reach).
 *
 * @param mediumThreshold  score at or above which the band is at least medium
 * @param highThreshold    score at or above which the band is high
 * @param highTargetMet    the high precision target was reached at a useful recall (else the fallback was used)
 * @param precisionAtHigh  precision of "score &gt;= highThreshold" (NaN when nothing is flagged)
 * @param recallAtHigh     recall of "score &gt;= highThreshold"
 * @param mediumTargetMet  some threshold reached the medium precision target
 * @param precisionAtMedium precision of "score &gt;= mediumThreshold"
 * @param recallAtMedium   recall of "score &gt;= mediumThreshold"
 * @param averagePrecision PR-AUC as average precision over all thresholds
 * @param positives        positives in the data
 * @param total            items in the data
 */
public record BandCalibration(
    double mediumThreshold,
    double highThreshold,
    boolean highTargetMet,
    double precisionAtHigh,
    double recallAtHigh,
    boolean mediumTargetMet,
    double precisionAtMedium,
    double recallAtMedium,
    double averagePrecision,
    int positives,
    int total) {

  /**
   * The thresholds as the {@code bands.properties} file every run reads ({@link ChurnRiskConfig#shipped()}),
   * with a comment saying where they came from.
   *
   * @param provenance one line: the command and data the calibration ran on
   */
  public String toProperties(String provenance) {
    return String.format(java.util.Locale.ROOT,
        "# Risk-band thresholds used by every run, written by the calibrator on simulated customers:%n"
            + "#   %s%n"
            + "# high: the best recall whose precision meets the high target with 95%% confidence (Wilson lower bound),%n"
            + "# or the maximum-F1 fallback when that is out of useful reach (%.3f precision, %.3f recall there);%n"
            + "# medium: the best recall at the medium target, never above high. Check them on a second seed.%n"
            // Full precision: a rounded-up threshold would drop the customers exactly at it.
            + "medium=%s%nhigh=%s%n",
        provenance, precisionAtHigh, recallAtHigh, Double.toString(mediumThreshold), Double.toString(highThreshold));
  }

  /** The scorer configuration with these bands. */
  public ChurnRiskConfig applyTo(ChurnRiskConfig config) {
    return config.withBands(mediumThreshold, highThreshold);
  }
}
