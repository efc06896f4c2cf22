package io.trustwatch.langid;

import io.trustwatch.text.Languages;

/**
 * The outcome of detecting one text's language.
 *
 * @param lang       ISO 639-1 code, or {@code und} when the text carries too little evidence
 * @param confidence probability-like score in [0, 1] of {@code lang} among the detector's candidates
 */
public record LanguageGuess(String lang, double confidence) {

  public LanguageGuess {
    if (lang == null || lang.isEmpty()) {
      throw new IllegalArgumentException("lang must be an ISO 639-1 code or 'und'");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  public static LanguageGuess undetermined(double confidence) {
    return new LanguageGuess(Languages.UNDETERMINED, confidence);
  }

  public boolean isUndetermined() {
    return Languages.UNDETERMINED.equals(lang);
  }
}
