package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.churn.BandCalibration;
import org.junit.jupiter.api.Test;

class ChurnEvaluationCommandTest {

  @Test
  void theCalibrationLineGivesTheThresholdsAndHowTheHighBandDoes() {
    BandCalibration met = new BandCalibration(0.25, 0.43, true, 0.82, 0.74, true, 0.61, 0.85, 0.84, 890, 6000);

    assertEquals("  calibrated on this data with the fitted weights: medium >= 0.250, high >= 0.430 (precision 0.820, "
        + "recall 0.740 at high; target met: true)", ChurnEvaluationCommand.calibrationLine(met, true));
  }

  /** A small simulation can leave no usable high threshold; the line says so in words, not "Infinity" and "NaN". */
  @Test
  void withoutAUsableHighThresholdTheLineSaysWhyAndWhatHelps() {
    BandCalibration none = new BandCalibration(0.572, Double.POSITIVE_INFINITY, false, Double.NaN, 0, true, 0.52, 0.30,
        0.26, 22, 200);

    assertEquals("  calibrated on this data: medium >= 0.572, no high threshold: precision 0.80 is out of reach at a "
        + "useful recall and the threshold that best balances precision and recall has precision under 0.50, with 22 "
        + "silent churners among 200 customers (more simulated customers help; the README's figures use 6,000)",
        ChurnEvaluationCommand.calibrationLine(none, false));
  }

  @Test
  void aMediumTargetOutOfReachIsSaidToo() {
    BandCalibration neither = new BandCalibration(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false, Double.NaN,
        0, false, Double.NaN, 0, 0.2, 5, 60);

    assertEquals("  calibrated on this data: no medium threshold (precision 0.50 out of reach), no high threshold: "
        + "precision 0.80 is out of reach at a useful recall and the threshold that best balances precision and recall has "
        + "precision under 0.50, with 5 silent churners among 60 customers (more simulated customers help; the README's "
        + "figures use 6,000)",
        ChurnEvaluationCommand.calibrationLine(neither, false));
  }
}
