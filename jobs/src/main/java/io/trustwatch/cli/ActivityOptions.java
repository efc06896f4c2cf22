package io.trustwatch.cli;

import io.trustwatch.jobs.churn.ActivityInput;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.jobs.ingest.InputReader;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The churn model's optional activity table: shared by {@code churn} and {@code run}. */
final class ActivityOptions {

  @Option(names = "--activity", arity = "1..*", paramLabel = "PATH",
      description = {"Files, folders or globs of an activity table (orders, logins, visits) in JSON Lines, CSV or "
          + "Parquet: customer_id and occurred_at (ISO-8601 date-time or date) required, kind optional, other "
          + "columns ignored. When given, P(alive) and silence use each customer's activity days instead of "
          + "posting days (customers without activity keep their posts); bad records go to bronze.quarantine.",
          "Without it, activity is posting days."})
  List<String> paths;

  @Option(names = "--activity-format", defaultValue = "AUTO", paramLabel = "FORMAT",
      description = "Format of the --activity files: ${COMPLETION-CANDIDATES}. AUTO decides by file extension "
          + "(" + InputFormat.EXTENSIONS + "). Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  boolean isGiven() {
    return paths != null && !paths.isEmpty();
  }

  /**
   * The activity table with the pipeline's pseudonymiser and opt-out list, if {@code --activity} was given.
   * A path that matches nothing is a usage error, found before any stage runs.
   */
  Optional<ActivityInput> input(SparkSession spark, CustomerPseudonymiser pseudonyms, OptOutList optOut)
      throws IOException {
    if (!isGiven()) return Optional.empty();
    try {
      new InputReader(spark).expand(paths);
    } catch (FileNotFoundException e) {
      throw new ParameterException(spec.commandLine(), "--activity: no such file or directory: " + e.getMessage());
    }
    return Optional.of(new ActivityInput(paths, format, pseudonyms, optOut));
  }
}
