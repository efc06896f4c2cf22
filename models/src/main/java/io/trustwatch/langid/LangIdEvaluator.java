package io.trustwatch.langid;

import io.trustwatch.text.Languages;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a {@link LanguageDetector} on labelled samples: accuracy per language and kind, overall,
 * the share of {@code und}, and how often a neighbour language is passed off as a first-class one
 * (that error puts a Persian post into the Arabic sentiment model, so it is counted on its own).
 */
public final class LangIdEvaluator {

  /** Languages that look like a first-class language but are not one. */
  public static final Set<String> NEIGHBOURS = OpenNlpLanguageDetector.CLOSE_NEIGHBOURS.keySet();

  private final LanguageDetector detector;
  private final Map<String, Map<LangIdSample.Kind, int[]>> counts = new TreeMap<>(); // {correct, total}
  private final Map<String, Integer> confusions = new TreeMap<>();
  private final Map<LangIdSample.Kind, int[]> neighbourAsFirstClass = new EnumMap<>(LangIdSample.Kind.class);
  private final Map<LangIdSample.Kind, int[]> undetermined = new EnumMap<>(LangIdSample.Kind.class);

  public LangIdEvaluator(LanguageDetector detector) {
    this.detector = detector;
  }

  public void evaluate(List<LangIdSample> samples) {
    for (LangIdSample s : samples) {
      String predicted = detector.detect(s.text(), null).lang();
      boolean correct = predicted.equals(s.lang());
      int[] c = counts.computeIfAbsent(s.lang(), k -> new EnumMap<>(LangIdSample.Kind.class))
          .computeIfAbsent(s.kind(), k -> new int[2]);
      c[0] += correct ? 1 : 0;
      c[1]++;
      int[] u = undetermined.computeIfAbsent(s.kind(), k -> new int[2]);
      u[0] += Languages.UNDETERMINED.equals(predicted) ? 1 : 0;
      u[1]++;
      if (!correct) {
        confusions.merge(s.lang() + "->" + predicted, 1, Integer::sum);
      }
      if (NEIGHBOURS.contains(s.lang())) {
        int[] n = neighbourAsFirstClass.computeIfAbsent(s.kind(), k -> new int[2]);
        n[0] += Languages.isFirstClass(predicted) ? 1 : 0;
        n[1]++;
      }
    }
  }

  /** Accuracy of one language on one kind, or NaN when there were no such samples. */
  public double accuracy(String lang, LangIdSample.Kind kind) {
    int[] c = counts.getOrDefault(lang, Map.of()).get(kind);
    return c == null ? Double.NaN : (double) c[0] / c[1];
  }

  /** Accuracy over all samples of one kind. */
  public double accuracy(LangIdSample.Kind kind) {
    int correct = 0;
    int total = 0;
    for (Map<LangIdSample.Kind, int[]> byKind : counts.values()) {
      int[] c = byKind.get(kind);
      if (c != null) {
        correct += c[0];
        total += c[1];
      }
    }
    return total == 0 ? Double.NaN : (double) correct / total;
  }

  /** Share of neighbour-language samples of one kind labelled as a first-class language. */
  public double neighbourAsFirstClassRate(LangIdSample.Kind kind) {
    return rate(neighbourAsFirstClass.get(kind));
  }

  public double undeterminedRate(LangIdSample.Kind kind) {
    return rate(undetermined.get(kind));
  }

  private static double rate(int[] c) {
    return c == null ? Double.NaN : (double) c[0] / c[1];
  }

  /** Prints the per-language table, the summary lines and the most frequent confusions. */
  public void print(PrintStream out, int topConfusions) {
    out.println("lang  sentence  word_pair  single_word   (n)");
    for (Map.Entry<String, Map<LangIdSample.Kind, int[]>> e : counts.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s", e.getKey()));
      StringBuilder n = new StringBuilder();
      for (LangIdSample.Kind kind : LangIdSample.Kind.values()) {
        int[] c = e.getValue().get(kind);
        line.append(String.format(Locale.ROOT, "  %9s", c == null ? "-" : fmt((double) c[0] / c[1])));
        n.append(c == null ? 0 : c[1]).append(kind == LangIdSample.Kind.SINGLE_WORD ? "" : "/");
      }
      out.println(line + "   (" + n + ")");
    }
    for (LangIdSample.Kind kind : LangIdSample.Kind.values()) {
      if (!Double.isNaN(accuracy(kind))) {
        out.printf(Locale.ROOT, "%-11s overall %s  und %s  neighbour-as-first-class %s%n", kind.label(),
            fmt(accuracy(kind)), fmt(undeterminedRate(kind)), fmt(neighbourAsFirstClassRate(kind)));
      }
    }
    List<Map.Entry<String, Integer>> top = new ArrayList<>(confusions.entrySet());
    top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder line = new StringBuilder("top confusions:");
    top.stream().limit(topConfusions).forEach(e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    out.println(line);
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
