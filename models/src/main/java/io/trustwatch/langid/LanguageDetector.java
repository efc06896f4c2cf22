package io.trustwatch.langid;

/**
 * Detects the language of a post. Implementations are thread-safe: one shared instance serves
 * every Spark task of a JVM.
 */
public interface LanguageDetector {

  /**
   * @param text the post as written (URLs, mentions, emoji and digits are allowed; they carry no vote)
   * @param hint the language the source claims (ISO 639-1), or {@code null}; used only as a prior,
   *             so strong evidence in the text overrides it
   * @return the most likely language, or {@code und} with a low confidence when the text is too short
   *         or too ambiguous to tell
   */
  LanguageGuess detect(String text, String hint);
}
