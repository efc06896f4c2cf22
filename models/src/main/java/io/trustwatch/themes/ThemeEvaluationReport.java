package io.trustwatch.themes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-language, per-label counts of a {@link ThemeEvaluator} run, plus a confusion summary:
 * for each false positive, which gold labels the post had (so "dishonesty fired on
 * broken_promise posts" is visible), and the misclassified posts themselves.
 */
public final class ThemeEvaluationReport {

  /** One misclassified post. */
  public record Misclassified(String lang, String text, Set<String> gold, Set<String> predicted, String evidence) {}

  private final List<String> labels;
  private final Map<String, Map<String, LabelCounts>> counts = new TreeMap<>();
  private final Map<String, Map<String, Map<String, Integer>>> firedOn = new TreeMap<>();
  private final List<Misclassified> errors = new ArrayList<>();

  ThemeEvaluationReport(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  void add(ThemeSample sample, Set<String> predicted, String evidence) {
    Map<String, LabelCounts> byLabel = counts.computeIfAbsent(sample.lang(), k -> new TreeMap<>());
    boolean wrong = false;
    for (String label : labels) {
      boolean gold = sample.gold().contains(label);
      boolean pred = predicted.contains(label);
      byLabel.merge(label, LabelCounts.ZERO.add(gold, pred), (a, b) -> a.add(gold, pred));
      if (pred && !gold) {
        Map<String, Integer> on = firedOn.computeIfAbsent(sample.lang(), k -> new TreeMap<>())
            .computeIfAbsent(label, k -> new TreeMap<>());
        if (sample.gold().isEmpty()) {
          on.merge("(none)", 1, Integer::sum);
        }
        sample.gold().forEach(g -> on.merge(g, 1, Integer::sum));
      }
      wrong |= gold != pred;
    }
    if (wrong) {
      errors.add(new Misclassified(sample.lang(), sample.text(), sample.gold(), predicted, evidence));
    }
  }

  public Set<String> languages() {
    return counts.keySet();
  }

  public List<String> labels() {
    return labels;
  }

  /** @return the counts, all zero if the language was not evaluated */
  public LabelCounts counts(String lang, String label) {
    return counts.getOrDefault(lang, Map.of()).getOrDefault(label, LabelCounts.ZERO);
  }

  public List<Misclassified> errors() {
    return List.copyOf(errors);
  }

  /** Prints P/R/F1 and TP/FP/FN/TN per language and label, then the false-positive summary. */
  public void print(PrintStream out) {
    out.println("lang\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\ttn");
    for (String lang : counts.keySet()) {
      for (String label : labels) {
        LabelCounts c = counts(lang, label);
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%d\t%d%n",
            lang, label, c.prf(), c.tp(), c.fp(), c.fn(), c.tn());
      }
    }
    out.println("false positives by the gold labels of the post:");
    firedOn.forEach((lang, byLabel) -> byLabel.forEach((label, on) ->
        out.println("  " + lang + " " + label + " fired on " + on)));
  }

  /** Prints up to {@code max} misclassified posts, for tuning lexicons. */
  public void printErrors(PrintStream out, int max) {
    errors.stream().limit(max).forEach(e -> out.println(
        e.lang() + "\tgold=" + e.gold() + "\tpred=" + e.predicted() + "\t" + e.evidence() + "\t" + e.text()));
  }
}
