package io.trustwatch.cli;

import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.InputFormat;
import java.io.FileNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Validate input files and MERGE them into bronze.posts on (source, post_id); "
            + "invalid records go to bronze.quarantine with a reason.",
        "Re-ingesting the same files adds nothing; a changed post updates its row."})
final class IngestCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin SparkOptions spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IngestJob.IngestSummary summary = ingest(spec, spark, input.inputs, input.format);
    Summaries.printIngest(spec.commandLine().getOut(), summary);
    return 0;
  }

  /** A missing input is a usage error, not a failure. */
  static IngestJob.IngestSummary ingest(CommandSpec spec, SparkOptions options, List<String> inputs, InputFormat format)
      throws Exception {
    try {
      return StageRun.logged(options, IngestJob.STAGE, null,
          runId -> new IngestJob(options.session(), options.lakehouse()).run(inputs, format, runId, Instant.now()));
    } catch (FileNotFoundException e) {
      throw new ParameterException(spec.commandLine(), "--input: no such file or directory: " + e.getMessage());
    }
  }
}
