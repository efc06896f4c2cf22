package io.trustwatch.cli;

import io.trustwatch.jobs.alerts.AlertsJob;
import io.trustwatch.jobs.churn.ChurnJob;
import io.trustwatch.jobs.enrich.EnrichJob;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** Human-readable run summaries printed by the commands. */
final class Summaries {

  private Summaries() {}

  static void printIngest(PrintWriter out, IngestJob.IngestSummary s) {
    String skipped = s.filesSkipped() == 0 ? ""
        : String.format("; %d file(s) skipped, read before at the same size and modification time", s.filesSkipped());
    if (s.files().isEmpty() && s.filesSkipped() > 0) {
      out.printf("ingest %s: no new or changed files (%d skipped, read before at the same size and modification "
          + "time); nothing written%n", s.runId(), s.filesSkipped());
      return;
    }
    if (s.rowsRead() == 0) {
      out.printf("ingest %s: no input records in %d file(s); nothing written%s%n", s.runId(), s.files().size(), skipped);
      return;
    }
    out.printf("ingest %s: %,d records read from %d file(s): %,d inserted, %,d updated, %,d quarantined%s%n",
        s.runId(), s.rowsRead(), s.files().size(), s.inserted(), s.updated(), s.quarantined(), skipped);
    for (Map.Entry<String, Long> e : s.quarantinedByReason().entrySet()) {
      out.printf("  quarantined  %-22s %,8d%n", e.getKey(), e.getValue());
    }
  }

  static void printPipeline(PrintWriter out, Pipeline.Result r) {
    printIngest(out, r.ingest());
    EnrichJob.EnrichSummary e = r.enrich();
    out.printf("enrich %s: %,d posts scored %s%s%n", r.runId(), e.scored(), e.byLanguage(),
        e.optedOutRemoved() > 0 ? String.format("; %,d rows of opted-out customers removed", e.optedOutRemoved()) : "");
    if (r.trends().isEmpty()) {
      out.printf("trends %s: no week changed%n", r.runId());
    } else {
      out.printf("trends %s: %s%n", r.runId(), r.trends().entrySet().stream()
          .map(t -> String.format("%s %,d rows", t.getKey().qualifiedName(), t.getValue())).sorted()
          .collect(Collectors.joining(", ")));
    }
    if (r.churn() != null) {
      ChurnJob.ChurnSummary c = r.churn();
      out.printf("churn %s: %,d customers scored %s; %,d silent and high risk (the call list)%n",
          r.runId(), c.customers(), c.byBand(), c.silentHigh());
      printActivity(out, c);
    }
    if (r.alerts() != null) {
      AlertsJob.AlertsSummary a = r.alerts();
      out.printf("alerts %s: week %s, %,d raised by this run, %s in all; exported to %s%n",
          r.runId(), a.isoWeek(), a.raised(), a.byKind().isEmpty() ? "none" : a.byKind(), a.export());
    }
    // For a scheduler's log: which stage a slow run spent its time in.
    out.printf("run %s: %s%n", r.runId(), r.stageSeconds().entrySet().stream()
        .map(s -> String.format(Locale.ROOT, "%s %.1f s", s.getKey(), s.getValue()))
        .collect(Collectors.joining(", ")));
  }

  /** When an activity table was read: what it gave, the quarantine by reason, and whose activity came from where. */
  static void printActivity(PrintWriter out, ChurnJob.ChurnSummary c) {
    if (c.activity().isEmpty()) return;
    ChurnJob.ActivitySummary a = c.activity().get();
    out.printf("  %s%n  customers by activity source %s%n", a.describe(), c.byActivitySource());
    for (Map.Entry<String, Long> e : a.quarantinedByReason().entrySet()) {
      out.printf("  quarantined  %-22s %,8d%n", e.getKey(), e.getValue());
    }
  }

  /** Every table that exists, with its row count and location. */
  static void printTables(PrintWriter out, SparkSession spark, Lakehouse lakehouse) {
    out.printf("lakehouse: %s%n", lakehouse.root());
    for (Table t : lakehouse.existingTables(spark)) {
      out.printf("  %-22s %,10d rows  %s%n", t.qualifiedName(), lakehouse.count(spark, t), lakehouse.path(t));
    }
  }
}
