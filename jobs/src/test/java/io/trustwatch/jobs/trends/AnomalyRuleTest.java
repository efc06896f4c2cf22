package io.trustwatch.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyRuleTest {

  @Test
  void tooLittleHistoryIsNoVerdict() {
    assertNull(AnomalyRule.robustZ(List.of(0.1, 0.2, 0.1), 0.9));
    assertNull(AnomalyRule.robustZ(null, 0.9));
    assertNull(AnomalyRule.robustZ(List.of(0.1, 0.2, 0.1, 0.2), null));
  }

  @Test
  void zUsesMedianAndMadSoOneEarlierSpikeDoesNotHideTheNext() {
    // median 0.2, MAD 0.1 despite the 0.9 spike
    Double z = AnomalyRule.robustZ(List.of(0.1, 0.2, 0.3, 0.9, 0.2), 0.9);
    assertEquals((0.9 - 0.2) / (1.4826 * 0.1), z, 1e-9);
    assertTrue(AnomalyRule.isAnomaly(z));
  }

  @Test
  void aFlatSeriesIsJudgedAgainstTheFloor() {
    List<Double> flat = List.of(0.3, 0.3, 0.3, 0.3);
    assertFalse(AnomalyRule.isAnomaly(AnomalyRule.robustZ(flat, 0.32)), "a wobble");
    assertTrue(AnomalyRule.isAnomaly(AnomalyRule.robustZ(flat, 0.6)), "a real move");
  }

  @Test
  void countsNeedThreeMoreMentionsThanUsual() {
    List<Double> quiet = List.of(0.0, 0.0, 1.0, 0.0, 0.0);
    assertFalse(AnomalyRule.isAnomaly(AnomalyRule.robustZ(quiet, 2.0, AnomalyRule.COUNT_MAD_FLOOR)));
    assertTrue(AnomalyRule.isAnomaly(AnomalyRule.robustZ(quiet, 3.0, AnomalyRule.COUNT_MAD_FLOOR)));
  }
}
