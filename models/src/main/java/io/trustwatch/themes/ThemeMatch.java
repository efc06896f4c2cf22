package io.trustwatch.themes;

/**
 * One theme found in a post.
 *
 * @param theme      which trust breach
 * @param confidence in [0, 1]; the tagger only reports themes at or above its threshold
 * @param evidence   {@code text.substring(start, end)}: the words that triggered the theme
 * @param start      inclusive offset into the post text
 * @param end        exclusive offset into the post text
 */
public record ThemeMatch(ThemeCode theme, double confidence, String evidence, int start, int end) {

  /** @return the stable code string, e.g. {@code broken_promise} */
  public String code() {
    return theme.code();
  }
}
