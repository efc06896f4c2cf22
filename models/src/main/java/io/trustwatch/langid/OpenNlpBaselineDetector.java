package io.trustwatch.langid;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * OpenNLP's detector as it comes (all 103 languages, no cleaning, no narrowing, hint ignored),
 * mapped to ISO 639-1: the baseline {@link OpenNlpLanguageDetector} is measured against on the
 * same samples. Thread-safe through one {@link LanguageDetectorME} per thread over the shared model.
 */
public final class OpenNlpBaselineDetector implements LanguageDetector {

  private final ThreadLocal<LanguageDetectorME> detectors =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(OpenNlpModel.get()));

  @Override
  public LanguageGuess detect(String text, String hint) {
    if (text == null || text.isBlank()) {
      return LanguageGuess.undetermined(0.0);
    }
    Language best = detectors.get().predictLanguage(text);
    return Iso639.toIso6391(best.getLang())
        .map(lang -> new LanguageGuess(lang, best.getConfidence()))
        .orElseGet(() -> LanguageGuess.undetermined(best.getConfidence()));
  }
}
