package io.trustwatch.churn;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The weights of {@link ChurnRiskScorer}'s reasons that {@link RiskWeightFitter} learns on simulated
 * customers: the largest contribution of negative tone, a sentiment drop, silence and a low P(alive),
 * each trust-breaking theme's contribution and their cap. Saturation points and the churn-intent
 * weight stay the hand-set values of {@link ChurnRiskConfig#defaults()} (intent only reaches loud
 * customers, whom the silent alert never flags, so simulation cannot tell what it should be).
 *
 * @param negativeTone   max contribution of a negative mean sentiment
 * @param sentimentDrop  max contribution of a falling sentiment trend
 * @param goneQuiet      max contribution of silence relative to the usual gap
 * @param lowPAlive      max contribution of a low P(alive)
 * @param trustBreachCap cap on the sum of the theme contributions
 * @param themes         contribution of each trust-breaking theme code
 */
public record RiskWeights(double negativeTone, double sentimentDrop, double goneQuiet, double lowPAlive,
    double trustBreachCap, Map<String, Double> themes) {

  private static final String THEME_PREFIX = "theme.";

  public RiskWeights {
    themes = Map.copyOf(new TreeMap<>(themes));
  }

  /** The weights a configuration scores with. */
  public static RiskWeights of(ChurnRiskConfig config) {
    return new RiskWeights(config.negativeToneWeight(), config.sentimentDropWeight(), config.goneQuietWeight(),
        config.lowPAliveWeight(), config.trustBreachCap(), config.trustThemeWeights());
  }

  /** {@code config} scoring with these weights; its saturation points, intent weight and bands are kept. */
  public ChurnRiskConfig applyTo(ChurnRiskConfig c) {
    return new ChurnRiskConfig(negativeTone, c.negativeToneFullAt(), sentimentDrop, c.sentimentDropFullAtPerWeek(),
        themes, trustBreachCap, goneQuiet, c.goneQuietStartRatio(), c.goneQuietFullRatio(), c.defaultUsualGapDays(),
        lowPAlive, c.lowPAliveBelow(), c.churnIntentWeight(), c.mediumThreshold(), c.highThreshold());
  }

  /**
   * The weights as the {@code weights.properties} file every run reads ({@link ChurnRiskConfig#shipped()}).
   *
   * @param provenance one line: the command and data they were fitted on
   * @param fitted     what the fit achieved there, one line
   */
  public String toProperties(String provenance, String fitted) {
    StringBuilder out = new StringBuilder()
        .append("# Risk-reason weights used by every run, fitted on simulated customers (maximum average precision\n")
        .append("# of the silent-churn alert; see models/docs/churn-risk.md):\n")
        .append("#   ").append(provenance).append('\n')
        .append("#   ").append(fitted).append('\n')
        // Full precision, so a re-read scores exactly as the fit did.
        .append("negative_tone=").append(negativeTone).append('\n')
        .append("sentiment_drop=").append(sentimentDrop).append('\n')
        .append("gone_quiet=").append(goneQuiet).append('\n')
        .append("low_p_alive=").append(lowPAlive).append('\n')
        .append("trust_breach_cap=").append(trustBreachCap).append('\n');
    new TreeMap<>(themes).forEach((code, w) -> out.append(THEME_PREFIX).append(code).append('=').append(w).append('\n'));
    return out.toString();
  }

  /**
   * Reads {@link #toProperties} output.
   *
   * @throws IllegalArgumentException when a weight is missing or not a number
   */
  public static RiskWeights fromProperties(Properties p) {
    Map<String, Double> themes = new TreeMap<>();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith(THEME_PREFIX)) {
        themes.put(name.substring(THEME_PREFIX.length()), number(p, name));
      }
    }
    if (themes.isEmpty()) {
      throw new IllegalArgumentException("no theme.<code> weight");
    }
    return new RiskWeights(number(p, "negative_tone"), number(p, "sentiment_drop"), number(p, "gone_quiet"),
        number(p, "low_p_alive"), number(p, "trust_breach_cap"), themes);
  }

  private static double number(Properties p, String name) {
    String value = p.getProperty(name);
    if (value == null) {
      throw new IllegalArgumentException("missing weight " + name);
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "weight %s is not a number: %s", name, value), e);
    }
  }
}
