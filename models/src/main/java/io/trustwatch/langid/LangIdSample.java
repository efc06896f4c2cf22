package io.trustwatch.langid;

import java.util.Locale;

/**
 * One labelled text for evaluating language identification.
 *
 * @param text the text
 * @param lang its language, ISO 639-1
 * @param kind how long it is; accuracy is reported per kind because short texts are the hard part
 */
public record LangIdSample(String text, String lang, Kind kind) {

  /** Text lengths as the evaluation data labels them ({@code sentence}, {@code word_pair}, {@code single_word}). */
  public enum Kind {
    SENTENCE, WORD_PAIR, SINGLE_WORD;

    /** The label used in the TSV files. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromLabel(String label) {
      return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
  }
}
