package io.trustwatch.cli;

import io.trustwatch.privacy.OptOutList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The opt-out list: part of {@link PipelineOptions}, and of {@code churn}, which reads an activity table. */
final class OptOutOption {

  @Option(names = "--opt-out", paramLabel = "FILE",
      description = "Customer ids (one per line, # comments) whose posts and activity are kept out of silver and gold; "
          + "rows already there are deleted on every run.")
  Path optOutFile;

  boolean isGiven() {
    return optOutFile != null;
  }

  /** The list, or an empty one without {@code --opt-out}; a missing file is a usage error of {@code command}. */
  OptOutList load(CommandSpec command) throws IOException {
    if (optOutFile == null) return OptOutList.empty();
    if (!Files.isRegularFile(optOutFile)) {
      throw new ParameterException(command.commandLine(), "--opt-out: no such file: " + optOutFile);
    }
    return OptOutList.load(optOutFile);
  }
}
