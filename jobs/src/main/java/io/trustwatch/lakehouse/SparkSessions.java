package io.trustwatch.lakehouse;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession with Delta enabled. Under {@code spark-submit} the cluster's master and
 * settings win; locally the defaults are sized for a small machine (see README, "Command line").
 */
public final class SparkSessions {

  /**
   * Settings that let a run reuse the code Spark generates and compiles for its queries, unless
   * spark-submit or {@code -D} gives them. An incremental run is mostly small queries, and without
   * these it spent much of its time compiling the same code again ({@code docs/performance.md},
   * "Compiling the same code again"):
   * <ul>
   *   <li>Spark's cache of compiled classes keeps 100 by default; one pipeline run makes over 300.
   *   <li>While either of the other two is at its default, Spark plans every persisted query in a clone
   *       of the session. A Delta table read there runs its log queries in the clone, and executors key
   *       their compiled code by session, so each persist compiled those queries again
   *       ({@code SparkSessionsIT}). No table here is bucketed, and the third only lets adaptive
   *       execution change how many partitions a cached result has.
   * </ul>
   */
  static final Map<String, String> CODE_REUSE = Map.of(
      "spark.sql.codegen.cache.maxEntries", "1000",
      "spark.sql.sources.bucketing.autoBucketedScan.enabled", "false",
      "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");

  /**
   * Local paths ({@code file:}) through {@link ShellFreeLocalFileSystem} and {@link ShellFreeLocalFs} in the
   * embedded session, unless {@code -D} names other classes: without Hadoop's native library, which no Maven
   * artifact carries, Hadoop's own start a process for every file written and every rename into place. Under
   * spark-submit the cluster's file systems apply (Hadoop loads these classes by name, from a class path Trustwatch
   * does not control there); {@code --conf spark.hadoop.fs.file.impl=...} can name them.
   */
  static final Map<String, String> LOCAL_FILES = Map.of(
      "spark.hadoop.fs.file.impl", ShellFreeLocalFileSystem.class.getName(),
      "spark.hadoop.fs.AbstractFileSystem.file.impl", ShellFreeLocalFs.class.getName());

  private SparkSessions() {}

  /**
   * @param master            e.g. {@code local[*]}; ignored when spark-submit already set one
   * @param shufflePartitions few partitions locally: each Delta log replay otherwise fans out into 50 tasks
   */
  public static SparkSession getOrCreate(String master, int shufflePartitions) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName("trustwatch")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // Weeks and timestamps are computed in UTC unless a stage is told otherwise.
        .config("spark.sql.session.timeZone", "UTC")
        // Wide tables (silver has 32 columns) otherwise trigger a plan-truncation warning on every query.
        .config("spark.sql.debug.maxToStringFields", 200);
    withDefaults(builder, CODE_REUSE);
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      withDefaults(builder, LOCAL_FILES);
      builder.master(master)
          .config("spark.sql.shuffle.partitions", shufflePartitions)
          .config("spark.default.parallelism", shufflePartitions)
          .config("spark.databricks.delta.snapshotPartitions", Math.max(1, shufflePartitions / 2))
          // Delta's VACUUM lists a table's files in this many tasks, Spark's default 10,000: 33 to 46 s for a table of
          // five files on 2 cores, where a few tasks take a second.
          .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", shufflePartitions)
          .config("spark.ui.enabled", false)
          .config("spark.sql.adaptive.enabled", true)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.databricks.delta.schema.autoMerge.enabled", true);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /** Each setting, unless spark-submit or {@code -D} gives it. */
  private static void withDefaults(SparkSession.Builder builder, Map<String, String> settings) {
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (System.getProperty(e.getKey()) == null) builder.config(e.getKey(), e.getValue());
    }
  }
}
