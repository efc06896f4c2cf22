package io.trustwatch.lakehouse;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.trustwatch.SparkTestSession;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.AbstractFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsIT {

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  /**
   * With Spark's defaults each persist of a Delta read ran in a clone of the session, and the executors
   * compiled the clone's code again: every round below compiled most of what the first had.
   */
  @Test
  void persistedDeltaReadsReuseTheCodeCompiledForTheFirst(@TempDir Path tmp) {
    String table = tmp.resolve("numbers").toString();
    spark.range(0, 1_000, 1, 2).toDF("n").write().format("delta").save(table);
    long first = appendAndCountPersisted(table);
    long compiledBefore = compilations();
    long second = appendAndCountPersisted(table);
    long third = appendAndCountPersisted(table);

    assertEquals(List.of(first + 10, first + 20), List.of(second, third));
    assertEquals(0, compilations() - compiledBefore, "classes compiled again for the same queries");
  }

  @Test
  void theCodeReuseSettingsReachTheSession() {
    SparkSessions.CODE_REUSE.forEach((key, value) ->
        assertEquals(value, spark.conf().get(key), key));
  }

  /** Every Delta commit and data file of a local lakehouse goes through them, so Hadoop starts no process. */
  @Test
  void localPathsGoThroughTheShellFreeFileSystems() throws Exception {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    assertInstanceOf(ShellFreeLocalFileSystem.class, FileSystem.get(URI.create("file:///"), hadoop));
    assertInstanceOf(ShellFreeLocalFs.class, AbstractFileSystem.get(URI.create("file:///"), hadoop));
  }

  /** Appends the same ten rows (the same code each time), then reads the table persisted, as the stages do. */
  private static long appendAndCountPersisted(String table) {
    spark.range(0, 10, 1, 1).toDF("n").write().format("delta").mode(SaveMode.Append).save(table);
    Dataset<Row> rows = spark.read().format("delta").load(table).filter(col("n").geq(0))
        .persist(StorageLevel.MEMORY_ONLY());
    try {
      return rows.count();
    } finally {
      rows.unpersist(true);
    }
  }

  /** Classes Spark has compiled from generated code in this JVM (its cache misses). */
  private static long compilations() {
    return CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
  }
}
