package io.trustwatch.report;

/**
 * A post's text cut into the part before the theme evidence, the evidence, and the part after, so
 * the page can mark the evidence while the template still escapes all three. Long posts are
 * shortened around the evidence, never inside it and never between the two halves of a surrogate
 * pair (emoji).
 */
record EvidenceSnippet(String before, String evidence, String after) {

  static final String ELLIPSIS = "…";

  /**
   * @param start   offset of the evidence in {@code text} (inclusive)
   * @param end     offset of the evidence in {@code text} (exclusive)
   * @param context how many characters to keep on each side of the evidence
   */
  static EvidenceSnippet of(String text, int start, int end, int context) {
    if (start < 0 || end > text.length() || start >= end) {
      // Offsets that do not fit the text would mark the wrong words: show the post unmarked.
      return new EvidenceSnippet(shorten(text, 2 * context), "", "");
    }
    int from = safeCut(text, Math.max(0, start - context));
    int to = safeCut(text, Math.min(text.length(), end + context));
    String before = (from > 0 ? ELLIPSIS : "") + text.substring(from, start).stripLeading();
    String after = text.substring(end, to).stripTrailing() + (to < text.length() ? ELLIPSIS : "");
    return new EvidenceSnippet(before, text.substring(start, end), after);
  }

  private static String shorten(String text, int length) {
    if (text.length() <= length) return text;
    return text.substring(0, safeCut(text, length)) + ELLIPSIS;
  }

  /** Moves a cut that would split a surrogate pair to before the pair. */
  private static int safeCut(String text, int at) {
    boolean splitsPair = at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    return splitsPair ? at - 1 : at;
  }
}
