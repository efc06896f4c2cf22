package io.trustwatch.cli;

import io.trustwatch.jobs.ingest.InputFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage on new input: ingest, then the stages that follow it. Idempotent: "
        + "running the same input and --as-of twice leaves the same tables.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders or globs of JSON Lines, CSV or Parquet posts.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "AUTO", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date the run reports on (ISO yyyy-MM-dd). Default: today (UTC).")
  LocalDate asOf;

  @Mixin SparkOptions spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Summaries.printIngest(spec.commandLine().getOut(), IngestCommand.ingest(spec, spark, inputs, format));
    Summaries.printTables(spec.commandLine().getOut(), spark.session(), spark.lakehouse());
    return 0;
  }
}
