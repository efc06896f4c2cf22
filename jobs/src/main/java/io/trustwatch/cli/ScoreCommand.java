package io.trustwatch.cli;

import io.trustwatch.analysis.PostAnalyzer;
import io.trustwatch.scoring.ScoreFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
    description = {
        "Score a file ad hoc, without Spark or tables. Input: TSV, CSV (with a header) or JSON Lines with at least "
            + "a `text` column; optional `id` (default: the row number) and `lang` (a hint).",
        "Output: TSV, one row per input row in the same order, header "
            + "id, lang, sentiment, sentiment_score, themes, churn_intent, then lang_confidence, sentiment_confidence, "
            + "sentiment_model, sentiment_reason, theme_evidence (JSON), churn_evidence. Tabs and newlines in cells are "
            + "written as \\t and \\n."})
final class ScoreCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input .tsv, .csv or .jsonl file.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .tsv file (overwritten).")
  Path out;

  @Option(names = "--languages", split = ",", paramLabel = "LANG",
      description = "Languages the language detector may answer (comma-separated ISO 639-1). Default: the 15 it is "
          + "evaluated on.")
  java.util.Set<String> languages = java.util.Set.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(in)) {
      throw new ParameterException(spec.commandLine(), "--in: no such file: " + in);
    }
    long t0 = System.nanoTime();
    PostAnalyzer analyzer = PostAnalyzer.forLanguages(LanguageOption.validated(spec, "--languages", languages));
    ScoreFile.Summary s = new ScoreFile(analyzer).score(in, out);
    double seconds = (System.nanoTime() - t0) / 1e9;
    spec.commandLine().getOut().printf("score: %,d rows -> %s in %.1f s; languages %s%n", s.rows(), out, seconds,
        s.byLanguage());
    return 0;
  }
}
