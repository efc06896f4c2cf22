package io.trustwatch.cli;

import io.trustwatch.jobs.alerts.AlertRule;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.notebook.BundledNotebooks;
import io.trustwatch.notebook.NotebookRunner;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "Run the whole pipeline on the bundled sample (synthetic posts in en, ar, ru, tr, id and a few other "
            + "languages, 400 customers over 20 weeks, with deliberate defects), execute the bundled notebooks, write "
            + "the weekly report of the last whole week, and print what was written where.",
        "Uses the public demo pseudonymisation key, never fit for real data."})
final class DemoCommand implements Callable<Integer> {

  /** The sample ships inside the jar, so the demo runs from the jar alone. */
  static final List<String> SAMPLE_FILES = List.of("posts.jsonl", "posts-defects.jsonl");
  @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-11-16",
      description = "Date churn risk is assessed at. Default: ${DEFAULT-VALUE}, the day after the bundled sample ends.")
  LocalDate asOf;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Where the executed notebooks and the weekly report go. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin SparkOptions spark;

  @Mixin PipelineOptions pipeline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path sampleDir = extractSample(spark.lakehouse().root().resolve("_sample"));
    out.printf("demo: bundled sample copied to %s%n", sampleDir);
    out.println("demo: customer keys use the PUBLIC demo key; set TRUSTWATCH_PSEUDONYM_KEY and use `run` for real data");
    Pipeline.Result result = RunCommand.runPipeline(spec, spark, pipeline.settings(true),
        List.of(sampleDir.toString()), InputFormat.AUTO, asOf, Optional.empty());
    Summaries.printPipeline(out, result);
    Summaries.printTables(out, spark.session(), spark.lakehouse());
    return writeReadingMatter(out);
  }

  /** What managers and analysts read: the executed notebooks and the report of the week the alerts speak about. */
  private int writeReadingMatter(PrintWriter out) throws IOException {
    List<NotebookRunner.NotebookRun> runs = NotebookRunner.executeAll(spark.session(), spark.lakehouse(),
        BundledNotebooks.load(), this.out.resolve("notebooks"), NotebookRunner.DEFAULT_MAX_ROWS);
    runs.forEach(run -> out.println(run.summary()));
    IsoWeek week = IsoWeek.of(AlertRule.alertWeek(asOf));
    List<Path> report = ReportWriter.write(spark.session(), spark.lakehouse(), week, pipeline.timeZone.zone,
        this.out.resolve("report"));
    out.printf("report %s: %s (and %d chart PNGs beside it)%n", week, report.get(0), report.size() - 1);
    java.util.Optional<String> problem = NotebookRunner.firstProblem(runs);
    if (problem.isEmpty()) return 0;
    spec.commandLine().getErr().println("trustwatch: error: " + problem.get());
    return 1;
  }

  /** Copies the bundled sample to a stable folder, so a second demo re-ingests the same paths (and adds nothing). */
  static Path extractSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : SAMPLE_FILES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/sample/" + name)) {
        if (in == null) throw new IOException("the bundled sample file " + name + " is missing from this build");
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }
}
