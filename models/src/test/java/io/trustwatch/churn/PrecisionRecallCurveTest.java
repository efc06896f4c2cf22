package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionRecallCurveTest {

  @Test
  void tiedScoresFormOneStep() {
    List<LabelledScore> scores = new ArrayList<>(List.of(
        new LabelledScore(0.9, true), new LabelledScore(0.9, false), new LabelledScore(0.5, true)));
    PrecisionRecallCurve curve = new PrecisionRecallCurve(scores);
    assertEquals(2, curve.points().size());
    assertEquals(0.5, curve.points().get(0).precision(), 1e-12);
    assertEquals(0.5, curve.points().get(0).recall(), 1e-12);
    assertEquals(0.5 * 0.5 + 0.5 * 2.0 / 3, curve.averagePrecision(), 1e-12);

    Collections.reverse(scores);
    assertEquals(0.5 * 0.5 + 0.5 * 2.0 / 3, new PrecisionRecallCurve(scores).averagePrecision(), 1e-12);
  }

  @Test
  void unflaggablePositivesAreMissedNotIgnored() {
    PrecisionRecallCurve curve = new PrecisionRecallCurve(List.of(
        new LabelledScore(0.9, true), new LabelledScore(0.9, false), new LabelledScore(0.5, true),
        new LabelledScore(Double.NEGATIVE_INFINITY, true)));
    assertEquals(3, curve.positives());
    assertEquals(2.0 / 3, curve.points().get(curve.points().size() - 1).recall(), 1e-12);
    assertEquals(0.5 / 3 + 2.0 / 3 / 3, curve.averagePrecision(), 1e-12);
  }

  @Test
  void perfectRankingHasAveragePrecisionOne() {
    PrecisionRecallCurve curve = new PrecisionRecallCurve(List.of(
        new LabelledScore(0.9, true), new LabelledScore(0.8, true), new LabelledScore(0.1, false)));
    assertEquals(1.0, curve.averagePrecision(), 1e-12);
  }
}
