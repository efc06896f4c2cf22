package io.trustwatch.cli;

import io.trustwatch.jobs.churn.ActivityInput;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.pipeline.Pipeline;
import java.io.FileNotFoundException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Run every stage on new input: " + Pipeline.STAGE_ORDER + ".",
        "Incremental and idempotent: only new or changed posts are scored, only changed weeks are rebuilt, "
            + "and running the same input and --as-of twice leaves the same tables.",
        "Needs the pseudonymisation key in the environment variable TRUSTWATCH_PSEUDONYM_KEY (at least 16 bytes)."})
final class RunCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date churn risk is assessed at (ISO yyyy-MM-dd). Default: today (UTC).")
  LocalDate asOf;

  @Mixin SparkOptions spark;

  @Mixin PipelineOptions pipeline;

  @Mixin ActivityOptions activity;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Pipeline.PipelineSettings settings = pipeline.settings(false);
    Optional<ActivityInput> activityInput = activity.input(spark.session(), settings.pseudonyms(), settings.optOut());
    Pipeline.Result result = runPipeline(spec, spark, settings, input.inputs, input.format,
        asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC), activityInput);
    Summaries.printPipeline(spec.commandLine().getOut(), result);
    Summaries.printTables(spec.commandLine().getOut(), spark.session(), spark.lakehouse());
    return 0;
  }

  /** Shared with {@code demo}: a missing input is a usage error, not a failure. */
  static Pipeline.Result runPipeline(CommandSpec spec, SparkOptions spark, Pipeline.PipelineSettings settings,
      List<String> inputs, InputFormat format, LocalDate asOf, Optional<ActivityInput> activity) throws Exception {
    try {
      return new Pipeline(spark.session(), spark.lakehouse(), settings).run(inputs, format, asOf, activity);
    } catch (FileNotFoundException e) {
      throw new ParameterException(spec.commandLine(), "--input: no such file or directory: " + e.getMessage());
    }
  }
}
