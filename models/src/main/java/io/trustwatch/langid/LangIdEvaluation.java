package io.trustwatch.langid;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates the language detector on a labelled TSV ({@code text<TAB>lang<TAB>kind}).
 *
 * <p>When the file has only sentences (the development set), word pairs and single words are
 * derived from those sentences ({@link ShortTextSamples}) and reported as such: they measure
 * short-text behaviour, but they are not a held-out set.
 *
 * <p>Usage: {@code LangIdEvaluation FILE [CANDIDATES]} where CANDIDATES is {@code dev} (default:
 * the 15 development languages), {@code all} (every language OpenNLP knows), a comma-separated
 * list of ISO 639-1 codes, or {@code opennlp} for the plain OpenNLP baseline.
 */
public final class LangIdEvaluation {

  private LangIdEvaluation() {}

  /**
   * @param candidates languages the detector may answer; {@code null} or empty for the default
   *                   ({@link OpenNlpLanguageDetector#DEV_LANGUAGES})
   */
  public static LangIdEvaluator run(Path data, Set<String> candidates, PrintStream out) throws IOException {
    OpenNlpLanguageDetector detector = candidates == null || candidates.isEmpty()
        ? new OpenNlpLanguageDetector()
        : new OpenNlpLanguageDetector(candidates);
    return run(data, detector, "candidates (" + detector.candidates().size() + "): "
        + String.join(" ", new TreeSet<>(detector.candidates())), out);
  }

  /** The same report for plain OpenNLP ({@link OpenNlpBaselineDetector}), for comparison on the same samples. */
  public static LangIdEvaluator runBaseline(Path data, PrintStream out) throws IOException {
    return run(data, new OpenNlpBaselineDetector(), "baseline: plain OpenNLP, all its languages", out);
  }

  private static LangIdEvaluator run(Path data, LanguageDetector detector, String description, PrintStream out)
      throws IOException {
    List<LangIdSample> samples = LangIdSampleReader.read(data);
    LangIdEvaluator evaluator = new LangIdEvaluator(detector);
    evaluator.evaluate(samples);
    boolean sentencesOnly = samples.stream().allMatch(s -> s.kind() == LangIdSample.Kind.SENTENCE);
    if (sentencesOnly) {
      evaluator.evaluate(ShortTextSamples.wordPairs(samples));
      evaluator.evaluate(ShortTextSamples.singleWords(samples));
    }
    out.println("data: " + data.getFileName() + " (" + samples.size() + " rows)"
        + (sentencesOnly ? "; word_pair and single_word DERIVED from its sentences, not held out" : ""));
    out.println(description);
    evaluator.print(out, 15);
    return evaluator;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: LangIdEvaluation FILE [dev|all|opennlp|en,ar,...]");
      System.exit(2);
    }
    String spec = args.length == 2 ? args[1] : "dev";
    if (spec.equals("opennlp")) {
      runBaseline(Path.of(args[0]), System.out);
    } else {
      run(Path.of(args[0]), parseCandidates(spec), System.out);
    }
  }

  /** {@code dev} -> the 15 dev languages, {@code all} -> every language OpenNLP knows, else a comma list. */
  public static Set<String> parseCandidates(String spec) {
    return switch (spec) {
      case "dev" -> OpenNlpLanguageDetector.DEV_LANGUAGES;
      case "all" -> OpenNlpLanguageDetector.knownLanguages();
      default -> Set.copyOf(Arrays.asList(spec.split(",")));
    };
  }
}
