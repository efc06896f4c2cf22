package io.trustwatch.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The trends stage's I/O shell: {@code silver.scored_posts} -> {@code gold.sentiment_weekly},
 * {@code gold.theme_weekly}, {@code gold.customer_weekly}.
 *
 * <p>Incremental ({@link #runChanged}): a week is rewritten whole (Delta {@code replaceWhere}) when
 * one of its posts was enriched since the last complete trends run; in the language and theme
 * tables so are the {@value AnomalyRule#TRAILING_WEEKS} weeks after it, whose week-over-week change
 * and anomaly flags read it. Each week is computed with the weeks it reads as context, so the rows
 * are the same as in a full rebuild, and rewriting whole weeks makes a re-run give identical tables.
 */
public final class TrendsJob {

  public static final String STAGE = "trends";

  /** Run-log messages of the runs that covered every change in silver up to their start. */
  private static final String FULL = "full rebuild";
  private static final String CHANGED = "changed weeks ";
  private static final String WEEK = "week_start";

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final String timeZone;
  private final RunLog runLog;

  public TrendsJob(SparkSession spark, Lakehouse lakehouse, String timeZone) {
    this(spark, lakehouse, timeZone, new RunLog(lakehouse));
  }

  /** @param runLog where earlier trends runs are looked up and this one is recorded */
  public TrendsJob(SparkSession spark, Lakehouse lakehouse, String timeZone, RunLog runLog) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.timeZone = timeZone;
    this.runLog = runLog;
  }

  /**
   * Rebuilds the weeks whose posts were enriched since the last complete trends run started (every
   * week when a gold table is missing or no complete run is logged). Taking the changes from silver
   * rather than from this run's enrich means a run that died between enrich and trends is caught up
   * by the next one.
   *
   * @return rows written per table; empty when no post changed
   */
  public Map<Table, Long> runChanged(String runId) {
    Instant started = Instant.now();
    // Tables written before the weekly tables were partitioned by week are rebuilt whole, once.
    boolean rebuild = !List.of(Table.GOLD_SENTIMENT_WEEKLY, Table.GOLD_THEME_WEEKLY, Table.GOLD_CUSTOMER_WEEKLY)
        .stream().allMatch(t -> lakehouse.exists(spark, t) && partitionedByWeek(t));
    Optional<Row> last = rebuild ? Optional.empty() : runLog.latestSuccess(spark, STAGE,
        col("message").equalTo(FULL).or(col("message").startsWith(CHANGED)));
    if (last.isEmpty()) return run(runId, null);
    TrendsTransform.registerFunctions(spark);
    Dataset<Row> posts = TrendsTransform.withWeek(lakehouse.read(spark, Table.SILVER_SCORED_POSTS), timeZone);
    SortedSet<LocalDate> changed = new TreeSet<>();
    for (Row r : posts.filter(col("enriched_at").gt(lit(last.get().getTimestamp(last.get().fieldIndex("started_at")))))
        .select("week_start").distinct().collectAsList()) {
      changed.add(r.getDate(0).toLocalDate());
    }
    if (changed.isEmpty()) return Map.of();
    SortedSet<LocalDate> readers = around(changed, 0, AnomalyRule.TRAILING_WEEKS);
    // Only the changed weeks are aggregated from silver; the other weeks the readers look back on did
    // not change since the gold tables were written, so their aggregates are read from gold, which is
    // far smaller than those weeks' posts.
    SortedSet<LocalDate> unchanged = around(readers, AnomalyRule.TRAILING_WEEKS, 0);
    unchanged.removeAll(changed);
    Dataset<Row> context = posts.filter(inWeeks(changed))
        .select(TrendsTransform.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> goldSentiment = lakehouse.read(spark, Table.GOLD_SENTIMENT_WEEKLY).filter(inWeeks(unchanged));
    Dataset<Row> goldThemes = lakehouse.read(spark, Table.GOLD_THEME_WEEKLY).filter(inWeeks(unchanged));
    Dataset<Row> sentiment = TrendsTransform.sentimentWithChange(TrendsTransform.sentimentAggregates(context)
        .unionByName(TrendsTransform.sentimentAggregatesOf(goldSentiment)));
    Dataset<Row> themes = TrendsTransform.themeWithChange(TrendsTransform.themeGrid(context)
        .unionByName(TrendsTransform.themeGridOf(goldSentiment, goldThemes)));
    Map<Table, Long> written = Map.of(
        Table.GOLD_SENTIMENT_WEEKLY, write(Table.GOLD_SENTIMENT_WEEKLY, sentiment, readers),
        Table.GOLD_THEME_WEEKLY, write(Table.GOLD_THEME_WEEKLY, themes, readers),
        Table.GOLD_CUSTOMER_WEEKLY, write(Table.GOLD_CUSTOMER_WEEKLY, TrendsTransform.customerWeekly(context), changed));
    context.unpersist();
    log(runId, started, written, CHANGED + changed.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    return written;
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
    log(runId, started, written, full ? FULL : "weeks from " + fromWeek);
    return written;
  }

  private void log(String runId, Instant started, Map<Table, Long> written, String message) {
    long total = written.values().stream().mapToLong(Long::longValue).sum();
    runLog.append(spark, new RunLog.RunRecord(runId, STAGE, "success", started, Instant.now(),
        List.of(Table.SILVER_SCORED_POSTS.qualifiedName()), null, total, null, null, BuildInfo.versions(), null,
        message));
  }

  private boolean partitionedByWeek(Table table) {
    List<String> columns = DeltaTable.forPath(spark, lakehouse.path(table)).detail().select("partitionColumns")
        .first().getList(0);
    return columns.equals(List.of(WEEK));
  }

  /** Every week from {@code before} weeks before to {@code after} weeks after one of {@code weeks}. */
  private static SortedSet<LocalDate> around(SortedSet<LocalDate> weeks, int before, int after) {
    SortedSet<LocalDate> out = new TreeSet<>();
    for (LocalDate w : weeks) {
      for (int i = -before; i <= after; i++) out.add(w.plusWeeks(i));
    }
    return out;
  }

  private static Column inWeeks(SortedSet<LocalDate> weeks) {
    return col("week_start").isin(weeks.stream().map(Date::valueOf).toArray());
  }

  /** Replaces exactly {@code weeks} with the rows of {@code rows} in those weeks. */
  private long write(Table table, Dataset<Row> rows, SortedSet<LocalDate> weeks) {
    String in = weeks.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    return save(table, rows.filter(inWeeks(weeks)), false, "week_start IN (" + in + ")");
  }

  /** Sorted by week, so a later read or replacement of a few weeks skips the other weeks' files. */
  private long write(Table table, Dataset<Row> rows, boolean full, LocalDate fromWeek) {
    Dataset<Row> out = full ? rows : rows.filter(col("week_start").geq(lit(fromWeek)));
    return save(table, out.orderBy("week_start"), full, full ? null : "week_start >= '" + fromWeek + "'");
  }

  /**
   * Partitioned by week, so replacing weeks drops their files and writes new ones, where an unpartitioned
   * table would also rewrite every file that holds one of those weeks next to others.
   *
   * @return rows written, from the commit's metrics (counting them first would compute them twice)
   */
  private long save(Table table, Dataset<Row> rows, boolean full, String replaceWhere) {
    var writer = rows.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", full);
    if (full) writer = writer.partitionBy(WEEK);
    if (replaceWhere != null) writer = writer.option("replaceWhere", replaceWhere);
    writer.save(lakehouse.path(table));
    return Long.parseLong(Lakehouse.lastOperationMetrics(DeltaTable.forPath(spark, lakehouse.path(table)))
        .getOrDefault("numOutputRows", "0"));
  }
}
