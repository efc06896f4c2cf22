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
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
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

  /**
   * The model's predicates (its character 1- to 3-grams) by a dense id, with their parameters, for
   * scoring without OpenNLP's string-keyed lookup: see {@link Weights}.
   */
  static int predicateCount() {
    return Holder.PREDICATES.contexts.length;
  }

  /** The id of the n-gram {@code text[from, from + n)} (n = 1..3), or -1 if the model has no such predicate. */
  static int predicateId(String text, int from, int n) {
    return Holder.PREDICATES.id(key(text, from, n));
  }

  /** The id of the n-gram with this {@link #key}, or -1 if the model has no such predicate. */
  static int predicateId(long key) {
    return Holder.PREDICATES.id(key);
  }

  /** Up to three UTF-16 units and the length packed into one long: distinct n-grams get distinct keys. */
  static long key(CharSequence text, int from, int n) {
    long key = n;
    for (int i = 0; i < n; i++) {
      key = (key << 16) | text.charAt(from + i);
    }
    return key;
  }

  /**
   * The model's parameters restricted to some outcomes, in one flat array per field: for predicate id p,
   * entries {@code start[p] .. start[p + 1] - 1} give the outcome's position in the restriction
   * ({@code slot}) and the parameter ({@code value}). Summing a text's predicates gives, per outcome,
   * exactly the sum OpenNLP's {@code GISModel.eval} exponentiates; its uniform prior and normalisation
   * add the same constant to every outcome's log-probability, so differences between outcomes are kept.
   */
  record Weights(int[] start, byte[] slot, double[] value, int outcomes) {

    static Weights of(int[] outcomes) {
      if (outcomes.length > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("too many outcomes: " + outcomes.length);
      }
      int[] slotOf = new int[Holder.MODEL.getMaxentModel().getNumOutcomes()];
      java.util.Arrays.fill(slotOf, -1);
      for (int i = 0; i < outcomes.length; i++) {
        slotOf[outcomes[i]] = i;
      }
      Context[] contexts = Holder.PREDICATES.contexts;
      int[] start = new int[contexts.length + 1];
      for (int p = 0; p < contexts.length; p++) {
        int n = 0;
        for (int o : contexts[p].getOutcomes()) {
          if (slotOf[o] >= 0) {
            n++;
          }
        }
        start[p + 1] = start[p] + n;
      }
      byte[] slot = new byte[start[contexts.length]];
      double[] value = new double[slot.length];
      for (int p = 0; p < contexts.length; p++) {
        int[] os = contexts[p].getOutcomes();
        double[] ps = contexts[p].getParameters();
        int k = start[p];
        for (int j = 0; j < os.length; j++) {
          if (slotOf[os[j]] >= 0) {
            slot[k] = (byte) slotOf[os[j]];
            value[k++] = ps[j];
          }
        }
      }
      return new Weights(start, slot, value, outcomes.length);
    }
  }

  /** Outcome indices of the model, per ISO 639-1 code (two model codes may share one, e.g. fas and pes). */
  static Map<String, int[]> outcomesByLanguage() {
    return Holder.OUTCOMES;
  }

  /** ISO 639-1 codes of every language the model knows that has one. */
  static Set<String> languages() {
    return Holder.LANGUAGES;
  }

  /**
   * Open-addressing table from packed n-gram key to predicate id (key and id side by side, so a lookup
   * touches one cache line), and each predicate's parameters.
   */
  private static final class Predicates {
    /** {@code table[2h]} = key (0 = empty; keys are never 0), {@code table[2h + 1]} = id. */
    final long[] table;
    final int mask;
    final int shift;
    final Context[] contexts;

    private Predicates(long[] table, int mask, int shift, Context[] contexts) {
      this.table = table;
      this.mask = mask;
      this.shift = shift;
      this.contexts = contexts;
    }

    @SuppressWarnings("unchecked")
    static Predicates of(AbstractModel model) {
      Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
      // Sorted, so ids do not depend on the map's iteration order.
      java.util.List<String> names = new java.util.ArrayList<>(new TreeSet<>(pmap.keySet()));
      names.removeIf(name -> name.isEmpty() || name.length() > 3); // features are 1- to 3-grams only
      // Load factor between 0.33 and 0.67: 2 MiB for the 146k predicates, short probes.
      int capacity = Integer.highestOneBit(Math.max(16, names.size()));
      if (capacity < names.size() * 3 / 2) {
        capacity <<= 1;
      }
      long[] table = new long[2 * capacity];
      int shift = 64 - Integer.numberOfTrailingZeros(capacity);
      Context[] contexts = new Context[names.size()];
      for (int id = 0; id < names.size(); id++) {
        String name = names.get(id);
        contexts[id] = pmap.get(name);
        long key = key(name, 0, name.length());
        int h = slot(key, shift);
        while (table[2 * h] != 0) {
          h = (h + 1) & (capacity - 1);
        }
        table[2 * h] = key;
        table[2 * h + 1] = id;
      }
      return new Predicates(table, capacity - 1, shift, contexts);
    }

    static int slot(long key, int shift) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    int id(long key) {
      long[] t = table;
      for (int h = slot(key, shift); ; h = (h + 1) & mask) {
        long k = t[2 * h];
        if (k == key) {
          return (int) t[2 * h + 1];
        }
        if (k == 0) {
          return -1;
        }
      }
    }
  }

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();
    static final Map<String, int[]> OUTCOMES = outcomes(MODEL.getMaxentModel());
    static final Set<String> LANGUAGES = Set.copyOf(new TreeSet<>(OUTCOMES.keySet()));
    static final Predicates PREDICATES = Predicates.of((AbstractModel) MODEL.getMaxentModel());

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
