package io.trustwatch.jobs.maintenance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.trustwatch.SparkTestSession;
import io.trustwatch.bench.JobTrace;
import io.trustwatch.cli.TrustwatchCli;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Console$;

/** {@code maintain} on small tables: files compacted, rows kept, old files deleted only under a short retention. */
class MaintenanceJobIT {

  private static final StructType POSTS = new StructType().add("post_id", DataTypes.StringType, false);

  private static SparkSession spark;

  @TempDir Path tmp;
  private Lakehouse lakehouse;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  /** Silver as three runs leave it, one file each, and one post deleted since (an erasure); quarantine untouched. */
  @BeforeEach
  void threeRunsAndAnErasure() {
    lakehouse = new Lakehouse(tmp.resolve("lh"));
    for (List<String> run : List.of(List.of("p1", "p2"), List.of("p3"), List.of("p4", "erased"))) {
      spark.createDataFrame(run.stream().map(RowFactory::create).toList(), POSTS).coalesce(1)
          .write().format("delta").mode(SaveMode.Append).save(lakehouse.path(Table.SILVER_SCORED_POSTS));
    }
    lakehouse.delete(spark, Table.SILVER_SCORED_POSTS, col("post_id").equalTo("erased"));
    spark.createDataFrame(List.of(RowFactory.create("q1")), POSTS).coalesce(1)
        .write().format("delta").save(lakehouse.path(Table.BRONZE_QUARANTINE));
  }

  @Test
  void smallFilesAreCompactedAndOldOnesStayWithinTheRetention() throws IOException {
    List<MaintenanceJob.TableUpkeep> done = new MaintenanceJob(spark, lakehouse).run("m-1", 168);

    assertEquals(List.of(new MaintenanceJob.TableUpkeep(Table.BRONZE_QUARANTINE, 0, 0, 0),
        new MaintenanceJob.TableUpkeep(Table.SILVER_SCORED_POSTS, 3, 1, 0)), done,
        "one file is already compact; silver's three become one; nothing is old enough to delete");
    assertEquals(List.of("p1", "p2", "p3", "p4"), postIds(), "no row changes");
    assertEquals(1, spark.read().format("delta").load(silver()).inputFiles().length);
    assertEquals(5, parquetFilesOnDisk(), "the three compacted, the one the erasure rewrote, and the compact one");
    Row log = lakehouse.read(spark, Table.OPS_RUN_LOG).first();
    assertEquals(List.of("m-1", "maintain", "success", "3 files compacted, 0 files deleted, retention 168 hours"),
        List.of(log.getAs("run_id"), log.getAs("stage"), log.getAs("status"), log.getAs("message")));
  }

  @Test
  void aShortRetentionDeletesTheFilesOnlyOlderVersionsReadAndLeavesDeltasCheckOn() throws Exception {
    JobTrace trace = JobTrace.attach(spark.sparkContext());
    List<MaintenanceJob.TableUpkeep> done = new MaintenanceJob(spark, lakehouse).run("m-1", 0);
    int tasks = trace.drain(spark.sparkContext()).stream().mapToInt(JobTrace.Job::tasks).sum();
    trace.remove(spark.sparkContext());
    // Spark's default listing parallelism made each VACUUM list five files in 10,000 tasks (SparkSessions).
    assertTrue(tasks < 1_000, "two tables' upkeep in a few tasks each: " + tasks);

    assertEquals(new MaintenanceJob.TableUpkeep(Table.SILVER_SCORED_POSTS, 3, 1, 4), done.get(1),
        "the three compacted files and the one holding the erased post");
    assertEquals(1, parquetFilesOnDisk());
    assertEquals(List.of("p1", "p2", "p3", "p4"), postIds());
    assertEquals("true", spark.conf().get("spark.databricks.delta.retentionDurationCheck.enabled", "true"),
        "Delta's check is lifted for the call only");
    var vacuum = DeltaTable.forPath(spark, silver());
    assertThrows(IllegalArgumentException.class, () -> vacuum.vacuum(0), "Delta still refuses a short retention");
  }

  @Test
  void theCommandPrintsWhatItDidPerTableAndRefusesANegativeRetention() {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int exit = Console$.MODULE$.withOut(console, () -> TrustwatchCli.execute(new String[] {"maintain", "--lakehouse",
        lakehouse.root().toString(), "--retain-hours", "0", "--master", "local[2]", "--shuffle-partitions", "2"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
    assertEquals(0, exit, out.toString());
    assertEquals("", console.toString(), "Delta's own count of deleted files stays off standard output");
    assertEquals(List.of(
        "maintain: bronze.quarantine           0 small files compacted into 0;      0 files deleted",
        "maintain: silver.scored_posts         3 small files compacted into 1;      4 files deleted",
        "maintain: 2 tables; 3 files compacted, 4 deleted (retention 0 hours)"), out.toString().lines().toList());

    StringWriter err = new StringWriter();
    assertEquals(2, TrustwatchCli.execute(new String[] {"maintain", "--lakehouse", lakehouse.root().toString(),
        "--retain-hours", "-1"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
    assertTrue(err.toString().contains("--retain-hours must be at least 0, got -1"), err.toString());

    Path mistyped = tmp.resolve("lh-typo");
    err = new StringWriter();
    assertEquals(2, TrustwatchCli.execute(new String[] {"maintain", "--lakehouse", mistyped.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
    assertTrue(err.toString().contains("--lakehouse: no Trustwatch tables in " + mistyped), err.toString());
    assertTrue(Files.notExists(mistyped), "no lakehouse, not even a run log, is started where there was none");
  }

  private String silver() {
    return lakehouse.path(Table.SILVER_SCORED_POSTS);
  }

  private List<String> postIds() {
    return lakehouse.read(spark, Table.SILVER_SCORED_POSTS).orderBy("post_id").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
  }

  private long parquetFilesOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(silver()))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }
}
