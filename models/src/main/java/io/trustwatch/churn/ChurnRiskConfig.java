package io.trustwatch.churn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Weights, saturation points and band thresholds of {@link ChurnRiskScorer}. Each weight is the
 * largest contribution its reason can make; the saturation point is where it reaches that weight.
 * Defaults are hand-set priors; what runs use ({@link #shipped()}) replaces the reason weights by
 * {@link RiskWeightFitter} output and the band thresholds by {@link ThresholdCalibrator} output, both
 * on simulated customers.
 *
 * @param negativeToneWeight         max contribution of a negative mean sentiment
 * @param negativeToneFullAt         mean sentiment (&lt; 0) at which it saturates
 * @param sentimentDropWeight        max contribution of a falling sentiment trend
 * @param sentimentDropFullAtPerWeek slope (&lt; 0, per week) at which it saturates
 * @param trustThemeWeights          contribution of each trust-breaking theme code; others score 0
 * @param trustBreachCap             cap on the sum of all theme contributions
 * @param goneQuietWeight            max contribution of silence relative to the usual gap
 * @param goneQuietStartRatio        silence / usual gap at which it starts contributing
 * @param goneQuietFullRatio         silence / usual gap at which it saturates
 * @param defaultUsualGapDays        usual gap assumed for a customer with a single posting day
 * @param lowPAliveWeight            max contribution of a low BG/NBD P(alive)
 * @param lowPAliveBelow             P(alive) below which it contributes (saturating at 0)
 * @param churnIntentWeight          contribution of an explicit churn intent
 * @param mediumThreshold            score at or above which the band is at least medium
 * @param highThreshold              score at or above which the band is high (may exceed 1: nothing is high)
 */
public record ChurnRiskConfig(
    double negativeToneWeight,
    double negativeToneFullAt,
    double sentimentDropWeight,
    double sentimentDropFullAtPerWeek,
    Map<String, Double> trustThemeWeights,
    double trustBreachCap,
    double goneQuietWeight,
    double goneQuietStartRatio,
    double goneQuietFullRatio,
    double defaultUsualGapDays,
    double lowPAliveWeight,
    double lowPAliveBelow,
    double churnIntentWeight,
    double mediumThreshold,
    double highThreshold) implements Serializable {

  public ChurnRiskConfig {
    for (double w : new double[] {negativeToneWeight, sentimentDropWeight, trustBreachCap,
        goneQuietWeight, lowPAliveWeight, churnIntentWeight}) {
      requireUnit(w, "weight");
    }
    trustThemeWeights.values().forEach(w -> requireUnit(w, "theme weight"));
    trustThemeWeights = Map.copyOf(trustThemeWeights);
    if (!(negativeToneFullAt < 0 && negativeToneFullAt >= -1)) {
      throw new IllegalArgumentException("negativeToneFullAt must be in [-1, 0)");
    }
    if (!(sentimentDropFullAtPerWeek < 0)) {
      throw new IllegalArgumentException("sentimentDropFullAtPerWeek must be < 0");
    }
    if (!(goneQuietStartRatio >= 1 && goneQuietFullRatio > goneQuietStartRatio)) {
      throw new IllegalArgumentException("need 1 <= goneQuietStartRatio < goneQuietFullRatio");
    }
    if (!(defaultUsualGapDays >= 1)) {
      throw new IllegalArgumentException("defaultUsualGapDays must be >= 1");
    }
    if (!(lowPAliveBelow > 0 && lowPAliveBelow <= 1)) {
      throw new IllegalArgumentException("lowPAliveBelow must be in (0, 1]");
    }
    if (!(mediumThreshold >= 0 && highThreshold >= mediumThreshold)) {
      throw new IllegalArgumentException("need 0 <= mediumThreshold <= highThreshold");
    }
  }

  public static ChurnRiskConfig defaults() {
    Map<String, Double> themes = new TreeMap<>();
    themes.put("data_breach", 0.25);
    themes.put("privacy_violation", 0.20);
    themes.put("dishonesty", 0.20);
    themes.put("broken_promise", 0.15);
    themes.put("conflict_mishandled", 0.15);
    themes.put("service_failure", 0.15);
    themes.put("taken_for_granted", 0.10);
    return new ChurnRiskConfig(
        0.15, -0.6,
        0.20, -0.10,
        themes, 0.35,
        0.25, 1.5, 4.0, 30,
        0.15, 0.5,
        0.30,
        0.35, 0.60);
  }

  /**
   * What every run scores with: the reason weights shipped in {@code weights.properties}, fitted on
   * simulated customers ({@link RiskWeightFitter}), and the band thresholds shipped in
   * {@code bands.properties}, calibrated on them ({@link ThresholdCalibrator}); neither is chosen by
   * hand (see docs/churn-risk.md). A missing file leaves the defaults' values.
   */
  public static ChurnRiskConfig shipped() {
    ChurnRiskConfig config = resource("weights.properties").map(RiskWeights::fromProperties)
        .map(w -> w.applyTo(defaults())).orElse(defaults());
    return resource("bands.properties")
        .map(bands -> config.withBands(Double.parseDouble(bands.getProperty("medium")),
            Double.parseDouble(bands.getProperty("high"))))
        .orElse(config);
  }

  /** A properties file shipped beside this class, if it exists. */
  static Optional<Properties> resource(String name) {
    try (InputStream in = ChurnRiskConfig.class.getResourceAsStream(name)) {
      if (in == null) return Optional.empty();
      Properties p = new Properties();
      p.load(in);
      return Optional.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same weights with new band thresholds, e.g. from {@link BandCalibration}. */
  public ChurnRiskConfig withBands(double medium, double high) {
    return new ChurnRiskConfig(negativeToneWeight, negativeToneFullAt, sentimentDropWeight,
        sentimentDropFullAtPerWeek, trustThemeWeights, trustBreachCap, goneQuietWeight,
        goneQuietStartRatio, goneQuietFullRatio, defaultUsualGapDays, lowPAliveWeight, lowPAliveBelow,
        churnIntentWeight, medium, high);
  }

  /**
   * Every value on one line, theme weights in code order, so two equal configurations give the same
   * text in any JVM (the run log keeps it, and a churn run reuses earlier rows only under the same one).
   */
  public String describe() {
    return String.format(Locale.ROOT,
        "tone %s at %s; drop %s at %s/week; themes %s capped at %s; quiet %s from %s to %s (default gap %s d); "
            + "p_alive %s below %s; intent %s; bands %s/%s",
        negativeToneWeight, negativeToneFullAt, sentimentDropWeight, sentimentDropFullAtPerWeek,
        new TreeMap<>(trustThemeWeights), trustBreachCap, goneQuietWeight, goneQuietStartRatio, goneQuietFullRatio,
        defaultUsualGapDays, lowPAliveWeight, lowPAliveBelow, churnIntentWeight, mediumThreshold, highThreshold);
  }

  private static void requireUnit(double w, String what) {
    if (!(w >= 0 && w <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], was " + w);
    }
  }
}
