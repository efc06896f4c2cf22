package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RiskWeightsTest {

  private static final RiskWeights WEIGHTS = new RiskWeights(0.1, 0.2, 0.3, 0.4, 0.5,
      Map.of("data_breach", 0.123456789012345, "dishonesty", 0.0));

  @Test
  void writtenWeightsReadBackExactly() throws Exception {
    Properties read = new Properties();
    read.load(new StringReader(WEIGHTS.toProperties("trustwatch evaluate churn --data sim", "PR-AUC 0.5 -> 0.6")));
    assertEquals(WEIGHTS, RiskWeights.fromProperties(read));
  }

  @Test
  void applyingWeightsKeepsSaturationIntentAndBands() {
    ChurnRiskConfig start = ChurnRiskConfig.defaults().withBands(0.2, 0.4);
    ChurnRiskConfig applied = WEIGHTS.applyTo(start);
    assertEquals(WEIGHTS, RiskWeights.of(applied));
    assertEquals(start.negativeToneFullAt(), applied.negativeToneFullAt());
    assertEquals(start.goneQuietFullRatio(), applied.goneQuietFullRatio());
    assertEquals(start.churnIntentWeight(), applied.churnIntentWeight());
    assertEquals(0.2, applied.mediumThreshold());
    assertEquals(0.4, applied.highThreshold());
  }

  @Test
  void aMissingOrMalformedWeightIsNamed() {
    Properties p = new Properties();
    p.setProperty("theme.data_breach", "0.2");
    p.setProperty("negative_tone", "0.1");
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> RiskWeights.fromProperties(p));
    assertTrue(missing.getMessage().contains("sentiment_drop"), missing.getMessage());
    p.setProperty("sentiment_drop", "lots");
    p.setProperty("gone_quiet", "0.1");
    p.setProperty("low_p_alive", "0.1");
    p.setProperty("trust_breach_cap", "0.1");
    IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> RiskWeights.fromProperties(p));
    assertTrue(malformed.getMessage().contains("sentiment_drop is not a number: lots"), malformed.getMessage());
  }

  @Test
  void theShippedConfigurationScoresWithTheShippedWeights() {
    RiskWeights shipped = RiskWeights.fromProperties(ChurnRiskConfig.resource("weights.properties").orElseThrow());
    assertEquals(shipped, RiskWeights.of(ChurnRiskConfig.shipped()));
  }
}
