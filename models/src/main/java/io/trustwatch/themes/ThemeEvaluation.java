package io.trustwatch.themes;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the shared lexicon tagger on real labelled data (see {@code models/docs/themes.md}):
 * <ul>
 *   <li>{@link #runAspects}: review sentences with aspect labels; gold {@code service_failure} is
 *       a negative service aspect. Columns {@code lang domain text service service_polarity price
 *       price_polarity overall}.</li>
 *   <li>{@link #runComplaints}: English consumer complaints labelled with one theme or {@code other}.
 *       Columns {@code text theme source_issue}.</li>
 * </ul>
 * Usage: {@code ThemeEvaluation aspects|complaints FILE [--errors N]}.
 */
public final class ThemeEvaluation {

  private static final String SERVICE_FAILURE = ThemeCode.SERVICE_FAILURE.code();
  private static final int EXAMPLES = 10;

  private ThemeEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ThemeEvaluation aspects|complaints|suite FILE [--errors N]");
      System.exit(2);
    }
    int errors = args.length >= 4 && args[2].equals("--errors") ? Integer.parseInt(args[3]) : 0;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ThemeEvaluationReport report = switch (args[0]) {
      case "aspects" -> runAspects(Path.of(args[1]), out);
      case "complaints" -> runComplaints(Path.of(args[1]), out);
      case "suite" -> runSuite(Path.of(args[1]), out);
      default -> throw new IllegalArgumentException("unknown data set: " + args[0]);
    };
    report.printErrors(out, errors);
  }

  /**
   * Prints precision/recall/F1 of {@code service_failure} per language with TP/FP/FN/TN, and which
   * codes fired on sentences whose service aspect is positive. Two runs: the lexicons alone (no
   * sentiment score), and with the sentence's gold {@code overall} polarity passed as the sentiment
   * score (negative -0.6, positive +0.6, mixed/neutral 0), which shows what the negative-frame rule
   * adds when the pipeline's sentiment model is right.
   *
   * @return the report of the lexicon-only run
   */
  public static ThemeEvaluationReport runAspects(Path aspectsTsv, PrintStream out) throws IOException {
    List<ThemeSample> lexiconOnly = new ArrayList<>();
    List<ThemeSample> withSentiment = new ArrayList<>();
    List<Boolean> positiveService = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(aspectsTsv, StandardCharsets.UTF_8)) {
      Map<String, Integer> col = header(in.readLine());
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        String lang = f[col.get("lang")];
        String text = f[col.get("text")];
        boolean service = "1".equals(f[col.get("service")]);
        String polarity = f[col.get("service_polarity")];
        Set<String> gold = service && "negative".equals(polarity) ? Set.of(SERVICE_FAILURE) : Set.of();
        lexiconOnly.add(new ThemeSample(text, lang, gold));
        withSentiment.add(new ThemeSample(text, lang, gold, scoreOf(f[col.get("overall")])));
        positiveService.add(service && "positive".equals(polarity));
      }
    }
    ThemeEvaluationReport report = aspectRun("lexicons alone (no sentiment score)", lexiconOnly, positiveService, out);
    aspectRun("with the sentence's gold overall polarity as sentiment score", withSentiment, positiveService, out);
    return report;
  }

  private static ThemeEvaluationReport aspectRun(String title, List<ThemeSample> samples,
                                                 List<Boolean> positiveService, PrintStream out) {
    TextNormaliser normaliser = new LuceneTextNormaliser();
    ThemeTagger tagger = LexiconThemeTagger.shared();
    ThemeEvaluationReport report =
        new ThemeEvaluator(tagger, normaliser, List.of(SERVICE_FAILURE)).evaluate(samples);
    out.println("# service_failure on aspect sentences, " + title);
    out.println("lang\tprecision\trecall\tf1\ttp\tfp\tfn\ttn");
    for (String lang : report.languages()) {
      LabelCounts c = report.counts(lang, SERVICE_FAILURE);
      String lexicon = LexiconThemeTagger.shared().supports(lang) ? "" : "\t(no lexicon for " + lang + ")";
      out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d%s%n",
          lang, c.prf(), c.tp(), c.fp(), c.fn(), c.tn(), lexicon);
    }
    Map<String, Map<String, Integer>> fired = new TreeMap<>();
    Map<String, List<String>> examples = new TreeMap<>();
    for (int i = 0; i < samples.size(); i++) {
      if (!positiveService.get(i)) {
        continue;
      }
      ThemeSample s = samples.get(i);
      ThemeResult r = tagger.tag(s.text(), normaliser.tokens(s.text(), s.lang()), s.lang(), s.sentimentScore());
      Map<String, Integer> byCode = fired.computeIfAbsent(s.lang(), k -> new TreeMap<>());
      byCode.merge("(sentences)", 1, Integer::sum);
      for (ThemeMatch m : r.themes()) {
        byCode.merge(m.code(), 1, Integer::sum);
        List<String> ex = examples.computeIfAbsent(s.lang(), k -> new ArrayList<>());
        if (m.theme() == ThemeCode.SERVICE_FAILURE && ex.size() < EXAMPLES) {
          ex.add("'" + m.evidence() + "' in: " + s.text());
        }
      }
    }
    out.println("# codes fired on sentences with a POSITIVE service aspect");
    fired.forEach((lang, byCode) -> out.println(lang + "\t" + byCode));
    examples.forEach((lang, ex) -> ex.forEach(e -> out.println(lang + "\tservice_failure " + e)));
    return report;
  }

  /** The aspect data's sentence polarity as a sentiment score; empty stays unknown. */
  private static Double scoreOf(String overall) {
    return switch (overall) {
      case "negative" -> -0.6;
      case "positive" -> 0.6;
      case "mixed", "neutral" -> 0.0;
      default -> null;
    };
  }

  /** Prints per-code precision/recall/F1 on English complaint narratives, and the false-positive summary. */
  public static ThemeEvaluationReport runComplaints(Path devTsv, PrintStream out) throws IOException {
    List<ThemeSample> samples = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(devTsv, StandardCharsets.UTF_8)) {
      Map<String, Integer> col = header(in.readLine());
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        String theme = f[col.get("theme")];
        samples.add(new ThemeSample(f[col.get("text")], "en", "other".equals(theme) ? Set.of() : Set.of(theme)));
      }
    }
    List<String> codes = ThemeSample.LABELS.stream().filter(l -> !l.equals(ThemeCode.CHURN_INTENT)).toList();
    ThemeEvaluationReport report =
        new ThemeEvaluator(LexiconThemeTagger.shared(), new LuceneTextNormaliser(), codes).evaluate(samples);
    out.println("# themes on English consumer complaints (one gold theme or none per narrative)");
    report.print(out);
    return report;
  }

  /**
   * Prints per-label precision/recall/F1 (every theme and churn intent) on a theme-suite file:
   * {@code text<TAB>expected codes}, named {@code <lang>.tsv} (the format of the project's own
   * multilingual suite), so a reviewer can check a lexicon change on sentences of their own.
   */
  public static ThemeEvaluationReport runSuite(Path suiteTsv, PrintStream out) throws IOException {
    String lang = suiteTsv.getFileName().toString().replaceFirst("\\.tsv$", "");
    List<ThemeSample> samples = ThemeSampleReader.readSuite(suiteTsv, lang);
    ThemeEvaluationReport report =
        new ThemeEvaluator(LexiconThemeTagger.shared(), new LuceneTextNormaliser(), ThemeSample.LABELS).evaluate(samples);
    out.println("# themes and churn intent on the suite " + suiteTsv.getFileName() + " (" + samples.size() + " sentences)");
    report.print(out);
    return report;
  }

  private static Map<String, Integer> header(String line) throws IOException {
    if (line == null) {
      throw new IOException("empty file");
    }
    Map<String, Integer> col = new TreeMap<>();
    String[] names = line.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      col.put(names[i].strip(), i);
    }
    return col;
  }
}
