package io.trustwatch.cli;

import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by every command that touches the lakehouse. */
final class SparkOptions {

  @Option(names = "--lakehouse", paramLabel = "DIR", defaultValue = "lakehouse",
      description = "Directory holding the Delta tables (local path or any Hadoop URI). Default: ${DEFAULT-VALUE}.")
  Path lakehouse;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master for the embedded session; ignored under spark-submit. Default: ${DEFAULT-VALUE}.")
  String master;

  @Option(names = "--shuffle-partitions", paramLabel = "N", defaultValue = "4",
      description = "spark.sql.shuffle.partitions for the embedded session; keep it near the core count "
          + "locally, raise it on a cluster. Default: ${DEFAULT-VALUE}.")
  int shufflePartitions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  SparkSession session() {
    if (shufflePartitions < 1) {
      throw new ParameterException(spec.commandLine(), "--shuffle-partitions must be at least 1, got " + shufflePartitions);
    }
    return SparkSessions.getOrCreate(master, shufflePartitions);
  }

  Lakehouse lakehouse() {
    return new Lakehouse(lakehouse);
  }

  /**
   * The session, for a command that only reads or keeps up existing tables: a usage error when the lakehouse has
   * none, where such a command would otherwise start a lakehouse in a mistyped directory.
   */
  SparkSession sessionOnExistingTables() {
    SparkSession session = session();
    if (lakehouse().existingTables(session).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--lakehouse: no Trustwatch tables in " + lakehouse().root()
          + " (run `trustwatch demo` or `trustwatch run` first)");
    }
    return session;
  }
}
