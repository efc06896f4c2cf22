package io.trustwatch.themes;

/**
 * Whether a post states that its author is leaving (cancel, switch, "never again").
 *
 * @param present  true if an explicit, non-negated, non-hypothetical statement of leaving was found
 * @param evidence the statement as written, empty when absent
 * @param start    inclusive offset into the post text, -1 when absent
 * @param end      exclusive offset into the post text, -1 when absent
 */
public record ChurnIntent(boolean present, String evidence, int start, int end) {

  public static final ChurnIntent NONE = new ChurnIntent(false, "", -1, -1);
}
