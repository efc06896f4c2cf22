package io.trustwatch.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's 103-language model from {@code opennlp-models-langdetect}, loaded once per JVM and shared.
 *
 * <p>Loaded by its explicit resource path: the jar's {@code model.properties} has a name that other
 * model jars also use, so in a fat jar only one of them survives and lookup through it breaks.
 */
final class OpenNlpModel {

  static final String RESOURCE = "/langdetect-183.bin";

  private OpenNlpModel() {}

  /** The shared model (read-only; safe to use from every thread through its own detector). */
  static LanguageDetectorModel get() {
    return Holder.MODEL;
  }

  /** ISO 639-1 codes of every language the model knows that has one. */
  static Set<String> languages() {
    return Holder.LANGUAGES;
  }

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();
    static final Set<String> LANGUAGES = mapped(new LanguageDetectorME(MODEL).getSupportedLanguages());

    private static LanguageDetectorModel load() {
      try (InputStream in = OpenNlpModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " not on the classpath (opennlp-models-langdetect missing?)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }

    private static Set<String> mapped(String[] iso6393) {
      Set<String> out = new TreeSet<>();
      Arrays.stream(iso6393).map(Iso639::toIso6391).flatMap(Optional::stream).forEach(out::add);
      return Set.copyOf(out);
    }
  }
}
