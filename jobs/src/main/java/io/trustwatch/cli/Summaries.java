package io.trustwatch.cli;

import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.PrintWriter;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Human-readable run summaries printed by the commands. */
final class Summaries {

  private Summaries() {}

  static void printIngest(PrintWriter out, IngestJob.IngestSummary s) {
    if (s.rowsRead() == 0) {
      out.printf("ingest %s: no input records in %d file(s); nothing written%n", s.runId(), s.files().size());
      return;
    }
    out.printf("ingest %s: %,d records read from %d file(s): %,d inserted, %,d updated, %,d quarantined%n",
        s.runId(), s.rowsRead(), s.files().size(), s.inserted(), s.updated(), s.quarantined());
    for (Map.Entry<String, Long> e : s.quarantinedByReason().entrySet()) {
      out.printf("  quarantined  %-22s %,8d%n", e.getKey(), e.getValue());
    }
  }

  /** Every table that exists, with its row count and location. */
  static void printTables(PrintWriter out, SparkSession spark, Lakehouse lakehouse) {
    out.printf("lakehouse: %s%n", lakehouse.root());
    for (Table t : Table.values()) {
      if (lakehouse.exists(spark, t)) {
        out.printf("  %-22s %,10d rows  %s%n", t.qualifiedName(), lakehouse.count(spark, t), lakehouse.path(t));
      }
    }
  }
}
