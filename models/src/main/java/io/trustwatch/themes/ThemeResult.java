package io.trustwatch.themes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the tagger found in one post.
 *
 * @param themes      at most one match per theme, in {@link ThemeCode} order
 * @param churnIntent the churn statement, or {@link ChurnIntent#NONE}
 */
public record ThemeResult(List<ThemeMatch> themes, ChurnIntent churnIntent) {

  public static final ThemeResult NONE = new ThemeResult(List.of(), ChurnIntent.NONE);

  public ThemeResult {
    themes = List.copyOf(themes);
  }

  /** @return the theme codes comma-separated in {@link ThemeCode} order, as the scoring contract writes them */
  public String codesCsv() {
    return themes.stream().map(ThemeMatch::code).collect(Collectors.joining(","));
  }
}
