package io.trustwatch.jobs.maintenance;

import io.delta.tables.DeltaTable;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Console$;

/**
 * Table upkeep between runs: compacts each table's small files (Delta OPTIMIZE), then deletes the data files no table
 * version within the retention reads any more (Delta VACUUM). Every run adds small files (an increment's posts, the
 * weeks trends rewrote, an as-of date's rows, a run-log record), and a read lists and opens each one; a lakehouse run
 * weekly for a year would read hundreds where a few do. VACUUM is also what makes an erasure physical: DELETE leaves
 * the erased rows in files that older table versions still name.
 *
 * <p>Compaction rewrites no row and commits without a data change, so change-feed readers (enrich, trends) skip it.
 * A VACUUM that deletes change-feed files an incremental stage has not read yet makes that stage fall back to
 * comparing times, as it does after any vacuum (README, "Tables").
 */
public final class MaintenanceJob {

  public static final String STAGE = "maintain";

  /**
   * Delta's default retention, under which Delta refuses to VACUUM unless told: a run still reading or writing an
   * older version could lose files it needs. Shorter retentions are for a lakehouse no run is using at the time.
   */
  public static final int SAFE_RETENTION_HOURS = 168;

  private static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";

  private final SparkSession spark;
  private final Lakehouse lakehouse;

  public MaintenanceJob(SparkSession spark, Lakehouse lakehouse) {
    this.spark = spark;
    this.lakehouse = lakehouse;
  }

  /**
   * Compacts and vacuums every table that exists, then records the run in {@code ops.run_log}.
   *
   * @param retainHours files that a table version of the last this many hours reads are kept
   * @return what was done to each table, in {@link Table} order
   */
  public List<TableUpkeep> run(String runId, int retainHours) {
    if (retainHours < 0) throw new IllegalArgumentException("retention must be at least 0 hours, got " + retainHours);
    Instant started = Instant.now();
    List<TableUpkeep> done = new ArrayList<>();
    for (Table table : lakehouse.existingTables(spark)) {
      DeltaTable delta = DeltaTable.forPath(spark, lakehouse.path(table));
      Row compaction = delta.optimize().executeCompaction()
          .select("metrics.numFilesRemoved", "metrics.numFilesAdded").first();
      long deleted = vacuum(table, retainHours);
      done.add(new TableUpkeep(table, compaction.getLong(0), compaction.getLong(1), deleted));
    }
    new RunLog(lakehouse).append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
        done.stream().map(u -> u.table().qualifiedName()).toList(), null, null, null, null, BuildInfo.versions(), null,
        String.format(Locale.ROOT, "%d files compacted, %d files deleted, retention %d hours", compacted(done),
            deleted(done), retainHours)));
    return done;
  }

  /**
   * VACUUM with {@code retainHours}, lifting Delta's retention check for this call only when the retention is under
   * {@link #SAFE_RETENTION_HOURS}: the caller asked for it by name.
   *
   * @return files deleted: those a dry run listed just before, as Delta's VACUUM itself returns only the table path
   */
  private long vacuum(Table table, int retainHours) {
    String sql = "VACUUM delta.`" + lakehouse.path(table).replace("`", "``") + "` RETAIN " + retainHours + " HOURS";
    boolean shortRetention = retainHours < SAFE_RETENTION_HOURS;
    String checkBefore = spark.conf().get(RETENTION_CHECK, "true");
    if (shortRetention) spark.conf().set(RETENTION_CHECK, "false");
    try {
      long listed = spark.sql(sql + " DRY RUN").count();
      // Delta prints how many files it deleted to Scala's standard output, which holds a command's results: to
      // standard error with the other log lines.
      if (listed > 0) Console$.MODULE$.withOut(System.err, () -> spark.sql(sql).collect());
      return listed;
    } finally {
      if (shortRetention) spark.conf().set(RETENTION_CHECK, checkBefore);
    }
  }

  /** Small files compacted over all tables. */
  public static long compacted(List<TableUpkeep> done) {
    return done.stream().mapToLong(TableUpkeep::filesCompacted).sum();
  }

  /** Files deleted over all tables. */
  public static long deleted(List<TableUpkeep> done) {
    return done.stream().mapToLong(TableUpkeep::filesDeleted).sum();
  }

  /**
   * @param filesCompacted small files OPTIMIZE replaced
   * @param filesWritten   the files it wrote in their place
   * @param filesDeleted   data files VACUUM deleted from disk
   */
  public record TableUpkeep(Table table, long filesCompacted, long filesWritten, long filesDeleted) {}
}
