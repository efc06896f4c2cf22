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

  /** Up to three UTF-16 units and the length packed into one long: distinct n-grams get distinct keys. */
  static long key(CharSequence text, int from, int n) {
    long key = n;
    for (int i = 0; i < n; i++) {
      key = (key << 16) | text.charAt(from + i);
    }
    return key;
  }

  /**
   * The model's parameters restricted to some outcomes, looked up by n-gram {@link #key}. An open-addressing
   * table holds, for each predicate with a parameter for at least one of those outcomes, its key beside
   * where its parameters start and how many there are (one cache line per lookup; predicates that only
   * other languages use are left out, which keeps the table small). The parameters are flat arrays: the
   * outcome's position in the restriction ({@code slot}) and the parameter ({@code value}).
   *
   * <p>Summing a text's predicates gives, per outcome, exactly the sum OpenNLP's {@code GISModel.eval}
   * exponentiates; its uniform prior and normalisation add the same constant to every outcome's
   * log-probability, so differences between outcomes are kept.
   */
  static final class Weights {
    /** {@code table[2h]} = key (0 = empty; keys are never 0), {@code table[2h + 1]} = start << 8 | count. */
    private final long[] table;
    private final int shift;
    private final byte[] slot;
    private final double[] value;
    private final int outcomes;

    private Weights(long[] table, byte[] slot, double[] value, int outcomes) {
      this.table = table;
      this.shift = 64 - Integer.numberOfTrailingZeros(table.length / 2);
      this.slot = slot;
      this.value = value;
      this.outcomes = outcomes;
    }

    static Weights of(int[] outcomes) {
      if (outcomes.length > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("too many outcomes: " + outcomes.length);
      }
      int[] slotOf = new int[Holder.MODEL.getMaxentModel().getNumOutcomes()];
      java.util.Arrays.fill(slotOf, -1);
      for (int i = 0; i < outcomes.length; i++) {
        slotOf[outcomes[i]] = i;
      }
      Predicates predicates = Holder.PREDICATES;
      int[] count = new int[predicates.contexts.length];
      int kept = 0;
      int entries = 0;
      for (int p = 0; p < count.length; p++) {
        for (int o : predicates.contexts[p].getOutcomes()) {
          if (slotOf[o] >= 0) {
            count[p]++;
          }
        }
        kept += count[p] > 0 ? 1 : 0;
        entries += count[p];
      }
      // Load factor between 0.33 and 0.67: short probes.
      int capacity = Integer.highestOneBit(Math.max(16, kept));
      if (capacity < kept * 3 / 2) {
        capacity <<= 1;
      }
      long[] table = new long[2 * capacity];
      int shift = 64 - Integer.numberOfTrailingZeros(capacity);
      byte[] slot = new byte[entries];
      double[] value = new double[entries];
      int k = 0;
      for (int p = 0; p < count.length; p++) {
        if (count[p] == 0) {
          continue;
        }
        int h = probe(table, predicates.keys[p], shift);
        table[2 * h] = predicates.keys[p];
        table[2 * h + 1] = (long) k << 8 | count[p];
        int[] os = predicates.contexts[p].getOutcomes();
        double[] ps = predicates.contexts[p].getParameters();
        for (int j = 0; j < os.length; j++) {
          if (slotOf[os[j]] >= 0) {
            slot[k] = (byte) slotOf[os[j]];
            value[k++] = ps[j];
          }
        }
      }
      return new Weights(table, slot, value, outcomes.length);
    }

    /** The slot of {@code key} in {@code table}: where it is, or the empty slot it would go to. */
    private static int probe(long[] table, long key, int shift) {
      int mask = table.length / 2 - 1;
      int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (table[2 * h] != key && table[2 * h] != 0) {
        h = (h + 1) & mask;
      }
      return h;
    }

    /** How many outcomes the restriction has (the length of the sums {@link #addTo} adds to). */
    int outcomes() {
      return outcomes;
    }

    /** Adds the parameters of the n-gram with this {@link #key} to {@code sums}; unknown n-grams add nothing. */
    void addTo(long key, double[] sums) {
      int h = probe(table, key, shift);
      if (table[2 * h] == key) {
        long where = table[2 * h + 1];
        for (int i = (int) (where >>> 8), end = i + (int) (where & 0xFF); i < end; i++) {
          sums[slot[i]] += value[i];
        }
      }
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

  /** The model's predicates (its character 1- to 3-grams) as {@link #key}s, with their parameters. */
  private static final class Predicates {
    final long[] keys;
    final Context[] contexts;

    private Predicates(long[] keys, Context[] contexts) {
      this.keys = keys;
      this.contexts = contexts;
    }

    @SuppressWarnings("unchecked")
    static Predicates of(AbstractModel model) {
      Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
      // Sorted, so the parameters' layout does not depend on the map's iteration order.
      java.util.List<String> names = new java.util.ArrayList<>(new TreeSet<>(pmap.keySet()));
      names.removeIf(name -> name.isEmpty() || name.length() > 3); // features are 1- to 3-grams only
      long[] keys = new long[names.size()];
      Context[] contexts = new Context[names.size()];
      for (int p = 0; p < names.size(); p++) {
        keys[p] = key(names.get(p), 0, names.get(p).length());
        contexts[p] = pmap.get(names.get(p));
      }
      return new Predicates(keys, contexts);
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
