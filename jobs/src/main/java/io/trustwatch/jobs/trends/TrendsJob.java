package io.trustwatch.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The trends stage's I/O shell: {@code silver.scored_posts} -> {@code gold.sentiment_weekly},
 * {@code gold.theme_weekly}, {@code gold.customer_weekly}.
 *
 * <p>Incremental: only weeks from {@code fromWeek} on are rewritten (Delta {@code replaceWhere}),
 * computed with {@value AnomalyRule#TRAILING_WEEKS} earlier weeks as context so week-over-week
 * changes and anomaly flags are the same as in a full rebuild. Rewriting whole weeks makes a re-run
 * give identical tables.
 */
public final class TrendsJob {

  public static final String STAGE = "trends";

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final String timeZone;

  public TrendsJob(SparkSession spark, Lakehouse lakehouse, String timeZone) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.timeZone = timeZone;
  }

  /**
   * @param fromWeek first week (a Monday) to rebuild; null rebuilds every week
   * @return rows written per table
   */
  public Map<Table, Long> run(String runId, LocalDate fromWeek) {
    Instant started = Instant.now();
    TrendsTransform.registerFunctions(spark);
    Dataset<Row> weekly = TrendsTransform.withWeek(lakehouse.read(spark, Table.SILVER_SCORED_POSTS), timeZone);
    boolean full = fromWeek == null || !lakehouse.exists(spark, Table.GOLD_SENTIMENT_WEEKLY);
    if (!full) {
      weekly = weekly.filter(col("week_start").geq(lit(fromWeek.minusWeeks(AnomalyRule.TRAILING_WEEKS + 1))));
    }
    Map<Table, Long> written = Map.of(
        Table.GOLD_SENTIMENT_WEEKLY, write(Table.GOLD_SENTIMENT_WEEKLY, TrendsTransform.sentimentWeekly(weekly), full, fromWeek),
        Table.GOLD_THEME_WEEKLY, write(Table.GOLD_THEME_WEEKLY, TrendsTransform.themeWeekly(weekly), full, fromWeek),
        Table.GOLD_CUSTOMER_WEEKLY, write(Table.GOLD_CUSTOMER_WEEKLY, TrendsTransform.customerWeekly(weekly), full, fromWeek));
    long total = written.values().stream().mapToLong(Long::longValue).sum();
    new RunLog(lakehouse).append(spark, new RunLog.RunRecord(runId, STAGE, "success", started, Instant.now(),
        List.of(Table.SILVER_SCORED_POSTS.qualifiedName()), null, total, null, null, BuildInfo.versions(), null,
        full ? "full rebuild" : "weeks from " + fromWeek));
    return written;
  }

  private long write(Table table, Dataset<Row> rows, boolean full, LocalDate fromWeek) {
    Dataset<Row> out = full ? rows : rows.filter(col("week_start").geq(lit(fromWeek)));
    out = out.orderBy("week_start").cache();
    long n = out.count();
    var writer = out.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", full);
    if (!full) writer = writer.option("replaceWhere", "week_start >= '" + fromWeek + "'");
    writer.save(lakehouse.path(table));
    out.unpersist();
    return n;
  }
}
