package io.trustwatch.themes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One labelled post for evaluation, in the shape of OpenNLP's {@code DocumentSample}.
 *
 * @param text           the post
 * @param lang           ISO 639-1 code
 * @param gold           expected labels: theme codes and/or {@value ThemeCode#CHURN_INTENT}; empty for none
 * @param sentimentScore the post's sentiment in [-1, 1] to pass to the tagger, or null (lexicons alone)
 */
public record ThemeSample(String text, String lang, Set<String> gold, Double sentimentScore) {

  /** Every label a sample can carry: the seven theme codes, then churn intent. */
  public static final List<String> LABELS = labels();

  public ThemeSample {
    for (String label : gold) {
      if (!LABELS.contains(label)) {
        throw new IllegalArgumentException("unknown label '" + label + "' for: " + text);
      }
    }
    gold = Set.copyOf(new TreeSet<>(gold));
  }

  /** A sample without a sentiment score. */
  public ThemeSample(String text, String lang, Set<String> gold) {
    this(text, lang, gold, null);
  }

  /** @return the labels a tagger result assigns, in the same vocabulary as {@link #gold()} */
  public static Set<String> labelsOf(ThemeResult result) {
    Set<String> out = new TreeSet<>();
    result.themes().forEach(m -> out.add(m.code()));
    if (result.churnIntent().present()) {
      out.add(ThemeCode.CHURN_INTENT);
    }
    return out;
  }

  private static List<String> labels() {
    List<String> out = new java.util.ArrayList<>();
    for (ThemeCode c : ThemeCode.values()) {
      out.add(c.code());
    }
    out.add(ThemeCode.CHURN_INTENT);
    return List.copyOf(out);
  }
}
