package io.trustwatch.lakehouse;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession with Delta enabled. Under {@code spark-submit} the cluster's master and
 * settings win; locally the defaults are sized for a small machine (see README, "Running").
 */
public final class SparkSessions {

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
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      builder.master(master)
          .config("spark.sql.shuffle.partitions", shufflePartitions)
          .config("spark.default.parallelism", shufflePartitions)
          .config("spark.databricks.delta.snapshotPartitions", Math.max(1, shufflePartitions / 2))
          .config("spark.ui.enabled", false)
          .config("spark.sql.adaptive.enabled", true)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.databricks.delta.schema.autoMerge.enabled", true);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
