package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChurnRiskConfigTest {

  @Test
  void aConfigurationIsDescribedTheSameWhateverItsMapOrder() {
    ChurnRiskConfig shipped = ChurnRiskConfig.shipped();
    Map<String, Double> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(shipped.trustThemeWeights());
    ChurnRiskConfig same = new ChurnRiskConfig(shipped.negativeToneWeight(), shipped.negativeToneFullAt(),
        shipped.sentimentDropWeight(), shipped.sentimentDropFullAtPerWeek(), reversed, shipped.trustBreachCap(),
        shipped.goneQuietWeight(), shipped.goneQuietStartRatio(), shipped.goneQuietFullRatio(),
        shipped.defaultUsualGapDays(), shipped.lowPAliveWeight(), shipped.lowPAliveBelow(),
        shipped.churnIntentWeight(), shipped.mediumThreshold(), shipped.highThreshold());
    assertEquals(shipped.describe(), same.describe());
    assertNotEquals(shipped.describe(), shipped.withBands(0.3, 0.6).describe());
  }
}
