package io.trustwatch.jobs.alerts;

import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.lakehouse.Table;
import java.nio.file.Path;
import java.time.Instant;
import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The alerts stage's I/O shell: gold trend and churn tables -> {@code gold.alerts} (only ids it
 * lacks are added, so an alert keeps the run that first raised it) and the week's
 * JSON Lines export ({@link AlertsExport}).
 */
public final class AlertsJob {

  public static final String STAGE = "alerts";

  private static final List<Table> INPUTS =
      List.of(Table.GOLD_SENTIMENT_WEEKLY, Table.GOLD_THEME_WEEKLY, Table.GOLD_CHURN_RISK);

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final RunLog runLog;

  public AlertsJob(SparkSession spark, Lakehouse lakehouse) {
    this(spark, lakehouse, new RunLog(lakehouse));
  }

  /** @param runLog where this run is recorded */
  public AlertsJob(SparkSession spark, Lakehouse lakehouse, RunLog runLog) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.runLog = runLog;
  }

  /** Raises the alerts of the last whole week before {@code asOf}; null when a gold input is missing. */
  public AlertsSummary run(String runId, LocalDate asOf) {
    if (!INPUTS.stream().allMatch(t -> lakehouse.exists(spark, t))) return null;
    Instant started = Instant.now();
    LocalDate week = AlertRule.alertWeek(asOf);
    String isoWeek = IsoWeek.of(week).toString();
    Dataset<Row> alerts = AlertsTransform.alerts(lakehouse.read(spark, Table.GOLD_SENTIMENT_WEEKLY),
            lakehouse.read(spark, Table.GOLD_THEME_WEEKLY), lakehouse.read(spark, Table.GOLD_CHURN_RISK), week, asOf)
        .withColumn("raised_run_id", lit(runId))
        .withColumn("raised_at", current_timestamp());
    if (!lakehouse.exists(spark, Table.GOLD_ALERTS)) {
      lakehouse.createIfNotExists(spark, Table.GOLD_ALERTS, AlertsTransform.SCHEMA
          .add("raised_run_id", DataTypes.StringType, false)
          .add("raised_at", DataTypes.TimestampType, false));
    }
    // Insert only the ids the table lacks, so an alert keeps the run that first raised it. Computed
    // once (a local checkpoint cuts the plan off the tables it read) and appended, where a MERGE
    // would evaluate the gold-table queries twice.
    Dataset<Row> fresh = alerts.join(lakehouse.read(spark, Table.GOLD_ALERTS).select("alert_id"),
        ScalaColumns.array(List.of("alert_id")), "left_anti").localCheckpoint();
    long raised = fresh.count();
    if (raised > 0) fresh.write().format("delta").mode(SaveMode.Append).save(lakehouse.path(Table.GOLD_ALERTS));
    AlertsExport exports = new AlertsExport(spark, lakehouse);
    Map<String, Long> byKind = exports.writeWeek(week);
    Path export = exports.file(week);
    runLog.append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
        INPUTS.stream().map(Table::qualifiedName).toList(), null, raised, null, null, BuildInfo.versions(), asOf,
        "week " + isoWeek));
    return new AlertsSummary(isoWeek, raised, byKind, export);
  }

  /**
   * @param raised alerts this run added (0 on a re-run)
   * @param byKind all of the week's alerts per kind, whichever run raised them
   */
  public record AlertsSummary(String isoWeek, long raised, Map<String, Long> byKind, Path export) {}
}
