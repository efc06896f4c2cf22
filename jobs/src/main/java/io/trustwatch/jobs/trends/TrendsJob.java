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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
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
  /** Key of the silver version a run read, in the run log's {@code versions}. */
  private static final String SILVER_VERSION = "silver_version";
  /** Key of the time zone a run cut weeks in, in the run log's {@code versions}. */
  private static final String TIME_ZONE = "time_zone";

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
   * Rebuilds the weeks in which silver gained, changed or lost a post since the last complete trends
   * run (every week when a gold table is missing or no complete run is logged). Taking the changes
   * from silver rather than from this run's enrich means a run that died between enrich and trends is
   * caught up by the next one, and posts deleted from silver (opt-out, erasure) leave the weekly
   * tables, whose theme examples quote them.
   *
   * @return rows written per table; empty when no post changed
   */
  public Map<Table, Long> runChanged(String runId) {
    Instant started = Instant.now();
    // Tables written before the weekly tables were partitioned by week are rebuilt whole, once, and so
    // are tables whose weeks were cut in another time zone, which this run's weeks would sit beside.
    boolean rebuild = !List.of(Table.GOLD_SENTIMENT_WEEKLY, Table.GOLD_THEME_WEEKLY, Table.GOLD_CUSTOMER_WEEKLY)
        .stream().allMatch(t -> lakehouse.exists(spark, t) && partitionedByWeek(t)) || !inLatestRunsTimeZone();
    Optional<Row> last = rebuild ? Optional.empty() : runLog.latestSuccess(spark, STAGE,
        col("message").equalTo(FULL).or(col("message").startsWith(CHANGED)));
    if (last.isEmpty()) return run(runId, null);
    Map<String, String> logged = last.get().getJavaMap(last.get().fieldIndex("versions"));
    String readVersion = logged == null ? null : logged.get(SILVER_VERSION);
    // A silver table made before it kept a change feed gets one now, for the next run to read.
    if (readVersion == null) lakehouse.enableChangeFeed(spark, Table.SILVER_SCORED_POSTS);
    long silverVersion = lakehouse.version(spark, Table.SILVER_SCORED_POSTS);
    TrendsTransform.registerFunctions(spark);
    Dataset<Row> posts = TrendsTransform.withWeek(lakehouse.readAt(spark, Table.SILVER_SCORED_POSTS, silverVersion),
        timeZone);
    List<String> notes = new ArrayList<>();
    SortedSet<LocalDate> changed = changedWeeks(posts, last.get(), readVersion, silverVersion, notes);
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
    notes.add(0, CHANGED + changed.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    log(runId, started, silverVersion, written, String.join("; ", notes));
    return written;
  }

  /**
   * Weeks in which silver gained, changed or lost a post since the {@code last} complete run: from
   * silver's change feed after the version that run read, deletions included. When it recorded none
   * (a run before the feed) or the feed is unreadable (vacuumed), from the posts enriched since it
   * started, which cannot see deletions; {@code notes} then says so for the run log.
   */
  private SortedSet<LocalDate> changedWeeks(Dataset<Row> posts, Row last, String readVersion, long silverVersion,
      List<String> notes) {
    if (readVersion != null) {
      long from = Long.parseLong(readVersion) + 1;
      if (from > silverVersion) return new TreeSet<>();
      try {
        return weeks(TrendsTransform.withWeek(
            lakehouse.changes(spark, Table.SILVER_SCORED_POSTS, from, silverVersion), timeZone));
      } catch (Exception e) { // Delta's AnalysisException (feed off or its files vacuumed) is a checked one
        notes.add("silver change feed from version " + from + " unreadable (" + e.getClass().getSimpleName()
            + "): weeks taken from the posts enriched since the last run, deleted posts not seen");
      }
    }
    return weeks(posts.filter(col("enriched_at").gt(lit(last.getTimestamp(last.fieldIndex("started_at"))))));
  }

  private static SortedSet<LocalDate> weeks(Dataset<Row> withWeek) {
    SortedSet<LocalDate> weeks = new TreeSet<>();
    for (Row r : withWeek.select(WEEK).distinct().collectAsList()) weeks.add(r.getDate(0).toLocalDate());
    return weeks;
  }

  /**
   * @param fromWeek first week (a Monday) to rebuild; null rebuilds every week, and so does a run in
   *     another time zone than the latest trends run's
   * @return rows written per table
   */
  public Map<Table, Long> run(String runId, LocalDate fromWeek) {
    Instant started = Instant.now();
    TrendsTransform.registerFunctions(spark);
    long silverVersion = lakehouse.version(spark, Table.SILVER_SCORED_POSTS);
    Dataset<Row> weekly = TrendsTransform.withWeek(lakehouse.readAt(spark, Table.SILVER_SCORED_POSTS, silverVersion),
        timeZone);
    boolean full = fromWeek == null || !lakehouse.exists(spark, Table.GOLD_SENTIMENT_WEEKLY) || !inLatestRunsTimeZone();
    if (!full) {
      weekly = weekly.filter(col("week_start").geq(lit(fromWeek.minusWeeks(AnomalyRule.TRAILING_WEEKS + 1))));
    }
    Map<Table, Long> written = Map.of(
        Table.GOLD_SENTIMENT_WEEKLY, write(Table.GOLD_SENTIMENT_WEEKLY, TrendsTransform.sentimentWeekly(weekly), full, fromWeek),
        Table.GOLD_THEME_WEEKLY, write(Table.GOLD_THEME_WEEKLY, TrendsTransform.themeWeekly(weekly), full, fromWeek),
        Table.GOLD_CUSTOMER_WEEKLY, write(Table.GOLD_CUSTOMER_WEEKLY, TrendsTransform.customerWeekly(weekly), full, fromWeek));
    log(runId, started, silverVersion, written, full ? FULL : "weeks from " + fromWeek);
    return written;
  }

  private void log(String runId, Instant started, long silverVersion, Map<Table, Long> written, String message) {
    long total = written.values().stream().mapToLong(Long::longValue).sum();
    Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
    versions.put(SILVER_VERSION, Long.toString(silverVersion));
    versions.put(TIME_ZONE, timeZone);
    runLog.append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
        List.of(Table.SILVER_SCORED_POSTS.qualifiedName()), null, total, null, null, versions, null, message));
  }

  /**
   * The time zone the latest successful trends run cut its weeks in, as its run-log record names it;
   * empty when there is no such run or it predates the record.
   */
  public static Optional<String> latestTimeZone(SparkSession spark, RunLog runLog) {
    return runLog.latestSuccess(spark, STAGE, lit(true))
        .map(r -> r.<String, String>getJavaMap(r.fieldIndex("versions")))
        .map(versions -> versions.get(TIME_ZONE));
  }

  /** False also when the latest run's zone is unknown: its weeks may then be cut in any zone. */
  private boolean inLatestRunsTimeZone() {
    return latestTimeZone(spark, runLog)
        .map(zone -> ZoneId.of(zone).normalized().equals(ZoneId.of(timeZone).normalized()))
        .orElse(false);
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
