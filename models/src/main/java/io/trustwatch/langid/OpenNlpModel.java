package io.trustwatch.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

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

  /**
   * The model's probability for each of its outcomes given a text's character 1- to 3-grams
   * (distinct, lower-cased), the features it was trained on. Calls on the shared model are
   * read-only, which is how OpenNLP itself shares one model between per-thread detectors.
   */
  static double[] probabilities(String[] ngrams) {
    return Holder.MODEL.getMaxentModel().eval(ngrams);
  }

  /** Outcome indices of the model, per ISO 639-1 code (two model codes may share one, e.g. fas and pes). */
  static Map<String, int[]> outcomesByLanguage() {
    return Holder.OUTCOMES;
  }

  /** ISO 639-1 codes of every language the model knows that has one. */
  static Set<String> languages() {
    return Holder.LANGUAGES;
  }

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();
    static final Map<String, int[]> OUTCOMES = outcomes(MODEL.getMaxentModel());
    static final Set<String> LANGUAGES = Set.copyOf(new TreeSet<>(OUTCOMES.keySet()));

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

    private static Map<String, int[]> outcomes(MaxentModel maxent) {
      Map<String, int[]> out = new TreeMap<>();
      for (int i = 0; i < maxent.getNumOutcomes(); i++) {
        int outcome = i;
        Iso639.toIso6391(maxent.getOutcome(i)).ifPresent(iso1 -> out.merge(iso1, new int[] {outcome},
            (a, b) -> IntStream.concat(IntStream.of(a), IntStream.of(b)).toArray()));
      }
      return Map.copyOf(out);
    }
  }
}
