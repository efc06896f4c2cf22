package io.trustwatch.themes;

import io.trustwatch.text.TextNormaliser;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Measures a {@link ThemeTagger} on labelled samples, like OpenNLP's {@code DocumentCategorizerEvaluator}:
 * every sample is tokenised, tagged with its own sentiment score (null for suites, so they
 * measure the lexicons alone), and compared label by label.
 */
public final class ThemeEvaluator {

  private final ThemeTagger tagger;
  private final TextNormaliser normaliser;
  private final List<String> labels;

  /** @param labels the labels to score, a subset of {@link ThemeSample#LABELS} */
  public ThemeEvaluator(ThemeTagger tagger, TextNormaliser normaliser, List<String> labels) {
    this.tagger = tagger;
    this.normaliser = normaliser;
    this.labels = List.copyOf(labels);
  }

  public ThemeEvaluationReport evaluate(Iterable<ThemeSample> samples) {
    ThemeEvaluationReport report = new ThemeEvaluationReport(labels);
    for (ThemeSample s : samples) {
      ThemeResult result = tagger.tag(s.text(), normaliser.tokens(s.text(), s.lang()), s.lang(), s.sentimentScore());
      report.add(s, ThemeSample.labelsOf(result), evidenceOf(result));
    }
    return report;
  }

  private static String evidenceOf(ThemeResult result) {
    String themes = result.themes().stream()
        .map(m -> m.code() + "='" + m.evidence() + "'")
        .collect(Collectors.joining(" "));
    return result.churnIntent().present()
        ? (themes + " churn='" + result.churnIntent().evidence() + "'").strip()
        : themes;
  }
}
