package io.trustwatch.jobs.enrich;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.trustwatch.SparkTestSession;
import io.trustwatch.bench.SyntheticPosts;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.IngestTransform;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich after the first run reads bronze's change feed from the version the last run recorded, and
 * falls back to comparing all of bronze with silver when it must; either way silver ends as one
 * enrich over all of bronze leaves it.
 */
class EnrichChangeFeedIT {

  private static SparkSession spark;
  /** 60 posts; then 10 new ones and 10 of the first with changed text. */
  private static Path first;
  private static Path second;
  private static List<Row> cleanSilver;

  @TempDir static Path inputs;
  @TempDir Path tmp;

  @BeforeAll
  static void inputsAndACleanRun() throws Exception {
    spark = SparkTestSession.get();
    first = inputs.resolve("first/posts.jsonl");
    second = inputs.resolve("second/posts.jsonl");
    Files.createDirectories(first.getParent());
    Files.createDirectories(second.getParent());
    SyntheticPosts.writeJsonl(first, 0, 60, 0);
    SyntheticPosts.writeJsonl(second, 60, 10, 0);
    SyntheticPosts.writeJsonl(inputs.resolve("second/changed.jsonl"), 0, 10, 1);
    Lakehouse clean = new Lakehouse(inputs.resolve("clean"));
    ingest(clean, first, "i1");
    ingest(clean, second.getParent(), "i2");
    enrich(clean, "e1", OptOutList.empty());
    cleanSilver = silver(clean);
  }

  @Test
  void theFeedGivesTheNewAndChangedPostsOfAnOlderTableOnceItIsEnabled() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    // A bronze table from before the feed was turned on.
    lakehouse.createIfNotExists(spark, Table.BRONZE_POSTS, IngestTransform.POSTS_SCHEMA);
    ingest(lakehouse, first, "i1");
    assertEquals("true", DeltaTable.forPath(spark, lakehouse.path(Table.BRONZE_POSTS)).detail()
        .select("properties").first().getJavaMap(0).get("delta.enableChangeDataFeed"));
    assertEquals(60, enrich(lakehouse, "e1", OptOutList.empty()).scored());
    ingest(lakehouse, second.getParent(), "i2");
    assertEquals(20, enrich(lakehouse, "e2", OptOutList.empty()).scored());
    Row log = runLog(lakehouse, "e2");
    assertEquals(Long.toString(Lakehouse.version(DeltaTable.forPath(spark, lakehouse.path(Table.BRONZE_POSTS)))),
        log.getJavaMap(log.fieldIndex("versions")).get(EnrichJob.BRONZE_VERSION));
    assertNull(log.getAs("message"), "the feed was read");
    assertEquals(cleanSilver, silver(lakehouse));
    assertEquals(0, enrich(lakehouse, "e3", OptOutList.empty()).scored(), "nothing new since e2");
  }

  @Test
  void aFeedWithAGapFallsBackToTheKeyComparison() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    ingest(lakehouse, first, "i1");
    enrich(lakehouse, "e1", OptOutList.empty());
    // Versions written with the feed off cannot be read as changes; the next ingest turns it on again.
    spark.sql("ALTER TABLE delta.`" + lakehouse.path(Table.BRONZE_POSTS)
        + "` SET TBLPROPERTIES (delta.enableChangeDataFeed = false)");
    ingest(lakehouse, second.getParent(), "i2");
    assertEquals(20, enrich(lakehouse, "e2", OptOutList.empty()).scored());
    String message = runLog(lakehouse, "e2").getAs("message");
    assertTrue(message != null && message.contains("compared all of bronze with silver"), message);
    assertEquals(cleanSilver, silver(lakehouse));
  }

  @Test
  void aCustomerTakenOffTheOptOutListIsScoredThoughTheFeedHasNothingNew() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    ingest(lakehouse, first, "i1");
    ingest(lakehouse, second.getParent(), "i2");
    long optedOutPosts = enrich(lakehouse, "e1", OptOutList.parse(List.of("c1"))).scored();
    assertTrue(optedOutPosts < 70, "c1's posts were left out: " + optedOutPosts);
    assertEquals(70 - optedOutPosts, enrich(lakehouse, "e2", OptOutList.empty()).scored());
    assertEquals(cleanSilver, silver(lakehouse));
  }

  @Test
  void aRunThatDiedBeforeLoggingItsVersionScoresNothingTwice() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    ingest(lakehouse, first, "i1");
    enrich(lakehouse, "e1", OptOutList.empty());
    ingest(lakehouse, second.getParent(), "i2");
    enrich(lakehouse, "e2", OptOutList.empty());
    // As if e2 died after writing silver: its run-log row is missing, so e3 reads the feed from e1's version.
    DeltaTable.forPath(spark, lakehouse.path(Table.OPS_RUN_LOG)).delete(col("run_id").equalTo("e2"));
    assertEquals(0, enrich(lakehouse, "e3", OptOutList.empty()).scored());
    assertEquals(cleanSilver, silver(lakehouse));
  }

  private static void ingest(Lakehouse lakehouse, Path input, String runId) throws Exception {
    new IngestJob(spark, lakehouse).run(List.of(input.toString()), InputFormat.JSONL, runId,
        Instant.parse("2026-11-20T12:00:00Z"));
  }

  private static EnrichJob.EnrichSummary enrich(Lakehouse lakehouse, String runId, OptOutList optOut) {
    return new EnrichJob(spark, lakehouse, CustomerPseudonymiser.demo(), optOut, Set.of()).run(runId);
  }

  private static Row runLog(Lakehouse lakehouse, String runId) {
    return lakehouse.read(spark, Table.OPS_RUN_LOG).filter(col("run_id").equalTo(runId)).first();
  }

  /** Silver's rows without the columns that say which run wrote them, sorted. */
  private static List<Row> silver(Lakehouse lakehouse) {
    return lakehouse.read(spark, Table.SILVER_SCORED_POSTS).drop("enrich_run_id", "enriched_at").collectAsList()
        .stream().sorted(Comparator.comparing(Row::toString)).toList();
  }
}
