package io.trustwatch.churn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores churn risk as an additive sum of bounded, explained contributions, so every point of the
 * score traces to a reason a manager can read. Reason codes and their rules:
 * <ul>
 *   <li>{@code negative_tone:<mean>} — w · min(1, mean / fullAt) when the window's mean sentiment is &lt; 0;</li>
 *   <li>{@code sentiment_drop:<slope>/wk} — w · min(1, slope / fullAt) when the sentiment trend is falling
 *       and does not end positive (its value on the last posting day is below 0 or unknown);</li>
 *   <li>{@code trust_breach:<theme>} — the theme's weight, one reason per theme, heaviest first,
 *       until the trust-breach cap is used up (themes past the cap are listed with 0);</li>
 *   <li>{@code settled_breach:<theme>} — 0: a theme the customer moved past (later posts not negative,
 *       {@link CustomerSignals#settledThemes()}) is listed but does not score;</li>
 *   <li>{@code gone_quiet:<ratio>x_usual_gap} (or {@code x_default_gap} for a single posting day) —
 *       w · clip((ratio - start) / (full - start)) with ratio = days since last activity / usual gap;</li>
 *   <li>{@code low_p_alive:<p>} — w · (below - p) / below when P(alive) &lt; below;</li>
 *   <li>{@code churn_intent:stated} — w when an explicit intention to leave was seen.</li>
 * </ul>
 * Reasons are ordered by contribution (then code, value). If they add up to more than 1, the
 * score is capped at 1 by taking them in that order until 1 is reached: later reasons keep their
 * place in the list with the (possibly zero) share that was left, so contributions always sum to
 * the score.
 *
 * <p>Silence is independent of the score: a customer is silent when no churn intent and no
 * complaint addressed to the company was seen in the window. Thread-safe and immutable.
 */
public final class ChurnRiskScorer implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<RiskReason> LARGEST_FIRST = Comparator
      .comparingDouble(RiskReason::contribution).reversed()
      .thenComparing(RiskReason::code)
      .thenComparing(RiskReason::value);

  private final ChurnRiskConfig config;

  public ChurnRiskScorer() {
    this(ChurnRiskConfig.defaults());
  }

  public ChurnRiskScorer(ChurnRiskConfig config) {
    this.config = config;
  }

  public ChurnRiskConfig config() {
    return config;
  }

  public ChurnRisk score(CustomerSignals s) {
    List<RiskReason> raw = new ArrayList<>();
    addNegativeTone(s, raw);
    addSentimentDrop(s, raw);
    addTrustBreaches(s, raw);
    addGoneQuiet(s, raw);
    addLowPAlive(s, raw);
    if (s.churnIntentSeen() && config.churnIntentWeight() > 0) {
      raw.add(new RiskReason("churn_intent", "stated", config.churnIntentWeight()));
    }
    raw.sort(LARGEST_FIRST);

    List<RiskReason> capped = new ArrayList<>(raw.size());
    double remaining = 1.0;
    double score = 0;
    for (RiskReason r : raw) {
      double share = Math.min(r.contribution(), remaining);
      remaining -= share;
      score += share;
      capped.add(new RiskReason(r.code(), r.value(), share));
    }
    score = Math.min(1.0, score);
    boolean silent = !s.churnIntentSeen() && !s.complaintToCompanySeen();
    return new ChurnRisk(score, band(score), silent, capped);
  }

  private RiskBand band(double score) {
    if (score >= config.highThreshold()) {
      return RiskBand.HIGH;
    }
    return score >= config.mediumThreshold() ? RiskBand.MEDIUM : RiskBand.LOW;
  }

  private void addNegativeTone(CustomerSignals s, List<RiskReason> out) {
    double level = s.sentimentLevel();
    if (level < 0) {
      double c = config.negativeToneWeight() * Math.min(1, level / config.negativeToneFullAt());
      add(out, "negative_tone", format2(level), c);
    }
  }

  private void addSentimentDrop(CustomerSignals s, List<RiskReason> out) {
    double slope = s.sentimentSlopePerWeek();
    // A trend that falls but still ends positive is a happy customer cooling a little, not souring
    // (an unknown end keeps the slope's word).
    if (slope < 0 && !(s.sentimentTrendEnd() >= 0)) {
      double c = config.sentimentDropWeight() * Math.min(1, slope / config.sentimentDropFullAtPerWeek());
      add(out, "sentiment_drop", format2(slope) + "/wk", c);
    }
  }

  private void addTrustBreaches(CustomerSignals s, List<RiskReason> out) {
    Map<String, Double> weights = config.trustThemeWeights();
    List<String> themes = s.trustThemes().stream()
        .filter(t -> weights.getOrDefault(t, 0.0) > 0 && !s.settledThemes().contains(t))
        .sorted(Comparator.comparingDouble((String t) -> weights.get(t)).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    double left = config.trustBreachCap();
    for (String theme : themes) {
      double c = Math.min(weights.get(theme), left);
      left -= c;
      // Listed even when the cap is used up: the breach is evidence a reader should see.
      out.add(new RiskReason("trust_breach", theme, c));
    }
    // A settled breach scores nothing, but a reader should see it was raised and why it does not count.
    s.settledThemes().stream().filter(t -> weights.getOrDefault(t, 0.0) > 0)
        .forEach(theme -> out.add(new RiskReason("settled_breach", theme, 0)));
  }

  private void addGoneQuiet(CustomerSignals s, List<RiskReason> out) {
    boolean known = !Double.isNaN(s.usualGapDays());
    // Same-day bursts give a usual gap of 0; a day is the finest unit silence is measured in.
    double gap = known ? Math.max(1, s.usualGapDays()) : config.defaultUsualGapDays();
    double ratio = s.daysSinceLastActivity() / gap;
    double start = config.goneQuietStartRatio();
    double fraction = clip01((ratio - start) / (config.goneQuietFullRatio() - start));
    String value = format1(ratio) + (known ? "x_usual_gap" : "x_default_gap");
    add(out, "gone_quiet", value, config.goneQuietWeight() * fraction);
  }

  private void addLowPAlive(CustomerSignals s, List<RiskReason> out) {
    double below = config.lowPAliveBelow();
    double c = config.lowPAliveWeight() * clip01((below - s.pAlive()) / below);
    add(out, "low_p_alive", format2(s.pAlive()), c);
  }

  private static void add(List<RiskReason> out, String code, String value, double contribution) {
    if (contribution > 0) {
      out.add(new RiskReason(code, value, contribution));
    }
  }

  private static double clip01(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static String format1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String format2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
