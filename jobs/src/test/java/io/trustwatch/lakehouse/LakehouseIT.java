package io.trustwatch.lakehouse;

import static io.trustwatch.LogCapture.described;
import static io.trustwatch.LogCapture.whileCapturing;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.spark.sql.Encoders;
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

class LakehouseIT {

  /** The one column the tables here need. */
  private static final StructType POST_IDS = new StructType().add("post_id", DataTypes.StringType, false);

  private static SparkSession spark;

  private Lakehouse lakehouse;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  @BeforeEach
  void emptyLakehouse(@TempDir Path tmp) {
    lakehouse = new Lakehouse(tmp);
  }

  /** A scheduled run reads the feed every time, and its log should hold only warnings that mean something. */
  @Test
  void theChangeFeedGivesTheRowsOfTheVersionsAskedForAndNoWarning() {
    lakehouse.withChangeFeed(spark, Table.BRONZE_POSTS, POST_IDS);
    for (String id : List.of("p1", "p2", "p3")) {
      spark.createDataFrame(List.of(RowFactory.create(id)), POST_IDS)
          .write().format("delta").mode(SaveMode.Append).save(lakehouse.path(Table.BRONZE_POSTS));
    }

    List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    List<Row> changes = whileCapturing(Level.WARN, warnings, () -> lakehouse.changes(spark, Table.BRONZE_POSTS, 2, 3)
        .select("post_id", "_change_type", "_commit_version").orderBy(col("_commit_version")).collectAsList());

    assertEquals(List.of("[p2,insert,2]", "[p3,insert,3]"), changes.stream().map(Row::toString).toList());
    assertEquals(List.of(), described(warnings));
  }

  @Test
  void tablesRegisterUnderTheirNamesWithoutAWarningAboutTheirLayer() {
    for (Table table : List.of(Table.BRONZE_POSTS, Table.BRONZE_QUARANTINE)) {
      lakehouse.createIfNotExists(spark, table, POST_IDS);
    }

    List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    whileCapturing(Level.WARN, warnings, () -> {
      lakehouse.registerTables(spark);
      lakehouse.registerTables(spark);
      return null;
    });

    assertEquals(lakehouse.path(Table.BRONZE_QUARANTINE), spark.sql("DESCRIBE DETAIL bronze.quarantine")
        .first().<String>getAs("location").replaceFirst("^file:", ""));
    assertEquals(List.of(), described(warnings));
  }

  /** Erasure and opt-out delete and update rows; Delta's note that it could not check its own counts is no news. */
  @Test
  void deletesAndUpdatesCountTheirRowsWithoutAWarning() {
    spark.createDataFrame(List.of(RowFactory.create("p1"), RowFactory.create("p2"), RowFactory.create("p3")), POST_IDS)
        .write().format("delta").save(lakehouse.path(Table.BRONZE_POSTS));

    List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    long deleted = whileCapturing(Level.WARN, warnings, () -> {
      long rows = lakehouse.delete(spark, Table.BRONZE_POSTS, col("post_id").equalTo("p1"));
      lakehouse.deltaTable(spark, Table.BRONZE_POSTS).orElseThrow()
          .update(col("post_id").equalTo("p2"), Map.of("post_id", lit("p2-edited")));
      return rows;
    });

    assertEquals(1, deleted);
    assertEquals(List.of("p2-edited", "p3"), lakehouse.read(spark, Table.BRONZE_POSTS).orderBy("post_id")
        .as(Encoders.STRING()).collectAsList());
    assertEquals(List.of(), described(warnings));
  }

  @Test
  void aDeleteThatMatchesNothingCountsNoRowsWhateverTheCommitBefore() {
    spark.createDataFrame(List.of(RowFactory.create("p1"), RowFactory.create("p2")), POST_IDS)
        .write().format("delta").save(lakehouse.path(Table.BRONZE_POSTS));
    assertEquals(1, lakehouse.delete(spark, Table.BRONZE_POSTS, col("post_id").equalTo("p1")));
    // Delta commits nothing for it, so the latest commit is the DELETE before, with its one row.
    assertEquals(0, lakehouse.delete(spark, Table.BRONZE_POSTS, col("post_id").equalTo("p1")));
    assertEquals(0, lakehouse.delete(spark, Table.BRONZE_POSTS, col("post_id").equalTo("nobody")));
    assertEquals(List.of("p2"), lakehouse.read(spark, Table.BRONZE_POSTS).as(Encoders.STRING()).collectAsList());

    var posts = lakehouse.deltaTable(spark, Table.BRONZE_POSTS).orElseThrow();
    long before = Lakehouse.version(posts);
    posts.update(col("post_id").equalTo("nobody"), Map.of("post_id", lit("x")));
    assertEquals(Map.of(), Lakehouse.metricsSince(posts, before, "UPDATE"), "an update of nothing commits nothing");
    posts.update(col("post_id").equalTo("p2"), Map.of("post_id", lit("p2-edited")));
    assertEquals("1", Lakehouse.metricsSince(posts, before, "UPDATE").get("numUpdatedRows"));
  }
}
