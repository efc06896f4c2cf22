package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdCalibratorTest {

  private final ThresholdCalibrator calibrator = new ThresholdCalibrator();

  @Test
  void separableScoresGetAPerfectCut() {
    List<LabelledScore> scores = uniform(2000, 0.6, 1.0, 2000, 0.0, 0.5, 1L);
    BandCalibration c = calibrator.calibrate(scores);
    assertTrue(c.highTargetMet());
    assertEquals(1.0, c.precisionAtHigh());
    assertEquals(1.0, c.recallAtHigh());
    assertEquals(1.0, c.averagePrecision(), 1e-12);
    double lowestPositive = scores.stream().filter(LabelledScore::positive)
        .mapToDouble(LabelledScore::score).min().orElseThrow();
    assertEquals(lowestPositive, c.highThreshold());
  }

  @Test
  void writtenBandsReadBackToTheSameThresholds() throws Exception {
    BandCalibration c = calibrator.calibrate(uniform(2000, 0.4, 1.0, 2000, 0.0, 0.6, 3L));
    java.util.Properties read = new java.util.Properties();
    read.load(new java.io.StringReader(c.toProperties("trustwatch evaluate churn --data sim")));
    assertEquals(c.highThreshold(), Double.parseDouble(read.getProperty("high")));
    assertEquals(c.mediumThreshold(), Double.parseDouble(read.getProperty("medium")));
  }

  /**
   * Positives ~ U[0.4, 1], negatives ~ U[0, 0.6], equal numbers. Analytically, precision at
   * threshold t in [0.4, 0.6] is (1-t)/(1.6-2t), which equals 0.8 at t = 7/15, where recall is
   * (1 - 7/15)/0.6 = 8/9; average precision is 2/3 + (0.1 + 0.1 ln 2)/0.6. With about 22,000
   * flagged, the 95 % Wilson margin asks for about half a point more precision, a slightly higher cut.
   */
  @Test
  void overlappingScoresMeetTheAnalyticOptimumLessTheConfidenceMargin() {
    BandCalibration c = calibrator.calibrate(uniform(20_000, 0.4, 1.0, 20_000, 0.0, 0.6, 2L));
    assertTrue(c.highTargetMet());
    assertTrue(c.highThreshold() > 7.0 / 15 && c.highThreshold() < 7.0 / 15 + 0.02, "threshold " + c.highThreshold());
    assertTrue(c.recallAtHigh() < 8.0 / 9 && c.recallAtHigh() > 8.0 / 9 - 0.03, "recall " + c.recallAtHigh());
    assertTrue(c.precisionAtHigh() > 0.80 && c.precisionAtHigh() < 0.815, "precision " + c.precisionAtHigh());
    assertEquals(2.0 / 3 + (0.1 + 0.1 * Math.log(2)) / 0.6, c.averagePrecision(), 0.01);
    // Medium (precision >= 0.5) reaches every positive; its cut is the lowest positive, ~0.4.
    assertTrue(c.mediumTargetMet());
    assertEquals(1.0, c.recallAtMedium());
    assertEquals(0.4, c.mediumThreshold(), 0.01);
    assertTrue(c.mediumThreshold() <= c.highThreshold());
  }

  @Test
  void theHighBandLeavesTheMarginItsSampleSizeNeeds() {
    // Top 300 at precision 0.90 (its 95 % Wilson bound is about 0.87), then 100 more at precision 0.60:
    // all 400 together have point precision 0.825 >= 0.80, but a bound of about 0.79, so the
    // calibrator stops at the 300 it can trust.
    List<LabelledScore> scores = new ArrayList<>();
    for (int i = 0; i < 300; i++) scores.add(new LabelledScore(0.9, i % 10 != 0));
    for (int i = 0; i < 100; i++) scores.add(new LabelledScore(0.6, i % 5 < 3));
    for (int i = 0; i < 200; i++) scores.add(new LabelledScore(0.1, false));
    BandCalibration c = calibrator.calibrate(scores);
    assertTrue(c.highTargetMet());
    assertEquals(0.9, c.highThreshold());
    assertEquals(0.9, c.precisionAtHigh(), 1e-12);
    assertEquals(270.0 / 330, c.recallAtHigh(), 1e-12);
  }

  @Test
  void unreachableTargetFlagsNothingAndSaysSo() {
    List<LabelledScore> scores = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      scores.add(new LabelledScore(0.5, i < 30));
    }
    BandCalibration c = calibrator.calibrate(scores);
    assertFalse(c.highTargetMet());
    assertFalse(c.mediumTargetMet());
    assertEquals(Double.POSITIVE_INFINITY, c.highThreshold());
    assertEquals(Double.POSITIVE_INFINITY, c.mediumThreshold());
    assertEquals(0.0, c.recallAtHigh());
    ChurnRiskConfig config = c.applyTo(ChurnRiskConfig.defaults());
    assertEquals(RiskBand.LOW, new ChurnRiskScorer(config).score(ChurnRiskScorerTest.signals(
        400, 5.0, -1.0, -1.0, List.of("data_breach"), false, false, 0.0)).riskBand());
  }

  @Test
  void aTargetMetOnlyByAHandfulFallsBackToTheBestBalanceAndSaysSo() {
    // 10 positives alone at the top, then 90 positives mixed 3:1 with negatives: precision 0.8 is
    // reached only by the top 10 (recall 0.1); the best F1 flags all 100 positives with 30 negatives.
    List<LabelledScore> scores = new ArrayList<>();
    for (int i = 0; i < 10; i++) scores.add(new LabelledScore(0.9, true));
    for (int i = 0; i < 120; i++) scores.add(new LabelledScore(0.5, i % 4 != 0));
    for (int i = 0; i < 100; i++) scores.add(new LabelledScore(0.1, false));
    BandCalibration c = calibrator.calibrate(scores);
    assertFalse(c.highTargetMet(), "recall 0.1 at precision 0.8 is not a useful high band");
    assertEquals(0.5, c.highThreshold());
    assertEquals(100.0 / 130, c.precisionAtHigh(), 1e-12);
    assertEquals(1.0, c.recallAtHigh());
  }

  @Test
  void calibrationNeedsPositives() {
    assertThrows(IllegalArgumentException.class,
        () -> calibrator.calibrate(List.of(new LabelledScore(0.3, false))));
  }

  @Test
  void silentAlertCalibrationNeverUsesLoudCustomers() {
    List<LabelledRisk> risks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      risks.add(labelled(0.9, false, CustomerOutcome.LOUD_CHURNER));  // top score but not silent
      risks.add(labelled(0.7, true, CustomerOutcome.SILENT_CHURNER));
      risks.add(labelled(0.3, true, CustomerOutcome.QUIET_HAPPY));
    }
    BandCalibration c = calibrator.calibrateSilentAlerts(risks);
    assertEquals(0.7, c.highThreshold());
    assertEquals(1.0, c.precisionAtHigh());
    assertEquals(1.0, c.recallAtHigh());
  }

  private static LabelledRisk labelled(double score, boolean silent, CustomerOutcome outcome) {
    return new LabelledRisk(new ChurnRisk(score, RiskBand.LOW, silent, List.of()), outcome);
  }

  private static List<LabelledScore> uniform(
      int positives, double posLow, double posHigh, int negatives, double negLow, double negHigh, long seed) {
    Random random = new Random(seed);
    List<LabelledScore> out = new ArrayList<>();
    for (int i = 0; i < positives; i++) {
      out.add(new LabelledScore(posLow + (posHigh - posLow) * random.nextDouble(), true));
    }
    for (int i = 0; i < negatives; i++) {
      out.add(new LabelledScore(negLow + (negHigh - negLow) * random.nextDouble(), false));
    }
    Collections.shuffle(out, random);
    return out;
  }
}
