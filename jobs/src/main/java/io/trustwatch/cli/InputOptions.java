package io.trustwatch.cli;

import io.trustwatch.jobs.ingest.InputFormat;
import java.util.List;
import picocli.CommandLine.Option;

/** Where posts come from: shared by {@code ingest} and {@code run}. */
final class InputOptions {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders or globs of JSON Lines, CSV or Parquet posts (input contract in README). A file an "
          + "earlier ingest read is skipped while its size and modification time are the same; touch it to have it read again.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "AUTO", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES}. AUTO decides by file extension "
          + "(" + InputFormat.EXTENSIONS + "). Default: ${DEFAULT-VALUE}.")
  InputFormat format;
}
