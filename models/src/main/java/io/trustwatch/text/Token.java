package io.trustwatch.text;

/**
 * One token of a post: its surface form, the normalised form the models match on, and its
 * character offsets into the original text (so evidence can be highlighted in the original).
 *
 * @param surface the text exactly as written, {@code text.substring(start, end)}
 * @param norm    lower-cased, language-normalised and stemmed form used for features and lexicons
 * @param start   inclusive offset into the original text
 * @param end     exclusive offset into the original text
 * @param kind    what sort of token this is
 */
public record Token(String surface, String norm, int start, int end, Kind kind) {

  /**
   * Token kinds the analysers distinguish; emoji and emoticons are kept because they carry sentiment.
   * {@code PLACEHOLDER} is a redaction marker such as {@code <PHONE>}: it stands for removed PII, not for words.
   */
  public enum Kind { WORD, NUMBER, EMOJI, EMOTICON, HASHTAG, MENTION, URL, PLACEHOLDER, PUNCT }
}
