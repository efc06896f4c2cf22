package io.trustwatch.jobs.churn;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The pipeline with an activity table (a CSV of orders and a JSON Lines file of logins in one folder):
 * who is measured on activity, what becomes of bad, late and opted-out records, and that a re-run
 * and a table written before the activity columns existed both come out right.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChurnActivityIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 21);
  private static final LocalDate EARLIER_AS_OF = LocalDate.of(2026, 9, 14);
  private static final CustomerPseudonymiser KEYS = CustomerPseudonymiser.demo();
  private static final Map<String, Long> BAD_RECORDS = Map.of("bad_timestamp", 1L, "future_timestamp", 1L,
      "malformed_json", 1L, "missing_customer_id", 2L, "missing_occurred_at", 1L);

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Lakehouse lakehouse;
  private static ActivityInput activity;
  private static Pipeline.Result result;

  @BeforeAll
  static void runOnce() throws Exception {
    spark = SparkTestSession.get();
    Path fixtures = Path.of(ChurnActivityIT.class.getResource("/ChurnActivityIT").toURI());
    OptOutList optOut = OptOutList.load(fixtures.resolve("opt-out.txt"));
    lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    writeSnapshotWithoutActivityColumns();
    activity = new ActivityInput(List.of(fixtures.resolve("activity").toString()), InputFormat.AUTO, KEYS, optOut);
    result = new Pipeline(spark, lakehouse, new Pipeline.PipelineSettings(KEYS, optOut, "UTC", ChurnRiskConfig.defaults()))
        .run(List.of(fixtures.resolve("posts.jsonl").toString()), InputFormat.AUTO, AS_OF, Optional.of(activity));
  }

  /** A week-old snapshot as the churn stage wrote it before activity_source and days_since_last_activity existed. */
  private static void writeSnapshotWithoutActivityColumns() {
    StructType before = new StructType();
    for (StructField f : ChurnTransform.SCHEMA.fields()) {
      if (!f.name().equals("activity_source") && !f.name().equals("days_since_last_activity")) before = before.add(f);
    }
    Row old = RowFactory.create(Date.valueOf(EARLIER_AS_OF), "2026-W38", KEYS.pseudonymise("c-quiet"), 0.2, "low",
        true, 0.5, 112L, 7.0, 0.1, null, CollectionConverters.asScala(List.<String>of()).toSeq(),
        false, false, 4, Date.valueOf(LocalDate.of(2026, 5, 25)), "en", "Acme",
        CollectionConverters.asScala(List.of("gone_quiet:16.0x_usual_gap")).toSeq());
    spark.createDataFrame(List.of(old), before).write().format("delta").save(lakehouse.path(Table.GOLD_CHURN_RISK));
  }

  private static Row risk(String customerId) {
    List<Row> rows = lakehouse.read(spark, Table.GOLD_CHURN_RISK)
        .filter(col("as_of").equalTo(Date.valueOf(AS_OF)).and(col("customer_key").equalTo(KEYS.pseudonymise(customerId))))
        .collectAsList();
    assertEquals(1, rows.size(), customerId);
    return rows.get(0);
  }

  private static List<String> reasons(Row r) {
    return r.getList(r.fieldIndex("reasons"));
  }

  @Test
  @Order(1)
  void customerWhoStopsPostingButKeepsOrderingIsMeasuredOnOrders() {
    Row buyer = risk("c-buyer");
    assertEquals("activity", buyer.getAs("activity_source"));
    assertEquals(3L, (long) buyer.getAs("days_since_last_activity"), "last order on 2026-09-18");
    assertEquals(119L, (long) buyer.getAs("days_since_last_post"), "posts are still posts");
    assertEquals(21.0, (double) buyer.getAs("usual_gap_days"), "median gap between the 7 distinct order and login days");
    assertTrue((double) buyer.getAs("p_alive") > 0.8, "p_alive " + buyer.getAs("p_alive"));
    assertTrue(reasons(buyer).stream().noneMatch(r -> r.startsWith("gone_quiet") || r.startsWith("low_p_alive")),
        reasons(buyer).toString());
  }

  @Test
  @Order(1)
  void customersWithoutActivityUpToAsOfKeepTheirPosts() {
    Row quiet = risk("c-quiet");
    assertEquals("posts", quiet.getAs("activity_source"));
    assertEquals(119L, (long) quiet.getAs("days_since_last_activity"));
    assertTrue((double) quiet.getAs("p_alive") < 0.5, "p_alive " + quiet.getAs("p_alive"));
    assertTrue(reasons(quiet).contains("gone_quiet:17.0x_usual_gap"), reasons(quiet).toString());
    assertTrue(reasons(quiet).stream().anyMatch(r -> r.startsWith("low_p_alive:")), reasons(quiet).toString());
    assertEquals("posts", risk("c-late").getAs("activity_source"), "its only order is after the as-of date");
  }

  @Test
  @Order(1)
  void onlyCustomersWithPostsAreScoredAndOptedOutOnesNowhere() {
    assertEquals(3, lakehouse.read(spark, Table.GOLD_CHURN_RISK).filter(col("as_of").equalTo(Date.valueOf(AS_OF))).count());
    assertEquals(Map.of("activity", 1L, "posts", 2L), result.churn().byActivitySource());
  }

  @Test
  @Order(1)
  void everyActivityRecordIsAccountedFor() {
    ChurnJob.ActivitySummary a = result.churn().activity().orElseThrow();
    assertEquals(2, a.files().size());
    assertEquals(18, a.records());
    assertEquals(9, a.used());
    assertEquals(1, a.afterAsOf());
    assertEquals(2, a.optedOut(), "including the opted-out customer's record with a bad date");
    assertEquals(BAD_RECORDS, a.quarantinedByReason());
    assertEquals(a.records(), a.used() + a.afterAsOf() + a.optedOut() + a.quarantined());
    assertEquals(2, a.customers(), "c-buyer and c-nopost");
    assertTrue(a.fit().isPresent());
  }

  @Test
  @Order(1)
  void badRecordsAreQuarantinedWithReasonAndOriginAndCountedInTheRunLog() {
    List<Row> quarantined = lakehouse.read(spark, Table.BRONZE_QUARANTINE)
        .filter(col("source_file").contains("/activity/")).collectAsList();
    assertEquals(6, quarantined.size());
    Row future = quarantined.stream().filter(r -> r.getAs("reason").equals("future_timestamp")).findFirst().orElseThrow();
    assertTrue(future.<String>getAs("source_file").endsWith("orders.csv"));
    assertEquals(12L, (long) future.getAs("record_no"));
    assertTrue(future.<String>getAs("raw").contains("2099-01-01"), future.<String>getAs("raw"));
    assertTrue(quarantined.stream().noneMatch(r -> r.<String>getAs("raw") != null && r.<String>getAs("raw").contains("c-optout")),
        "an opted-out customer's records are not kept, not even bad ones");

    Row log = lakehouse.read(spark, Table.OPS_RUN_LOG)
        .filter(col("run_id").equalTo(result.runId()).and(col("stage").equalTo(ChurnJob.STAGE))).first();
    assertEquals(BAD_RECORDS, log.getJavaMap(log.fieldIndex("quarantined_by_reason")));
    assertEquals(6L, (long) log.getAs("rows_quarantined"));
    assertEquals(18L, (long) log.getAs("rows_read"));
    assertTrue(log.<String>getAs("message").contains("9 used (2 customers)"), log.<String>getAs("message"));
    assertTrue(log.getJavaMap(log.fieldIndex("versions")).containsKey("bgnbd_activity"));
  }

  @Test
  @Order(1)
  void snapshotsWrittenBeforeTheActivityColumnsStayReadable() {
    Row old = lakehouse.read(spark, Table.GOLD_CHURN_RISK).filter(col("as_of").equalTo(Date.valueOf(EARLIER_AS_OF))).first();
    assertNull(old.getAs("activity_source"));
    assertEquals(List.of("gone_quiet:16.0x_usual_gap"), reasons(old));
  }

  @Test
  @Order(2)
  void rerunningTheSameAsOfChangesNothing() throws Exception {
    List<Row> gold = lakehouse.read(spark, Table.GOLD_CHURN_RISK).orderBy("as_of", "customer_key").collectAsList();
    long quarantined = lakehouse.count(spark, Table.BRONZE_QUARANTINE);
    ChurnJob.ChurnSummary again = new ChurnJob(spark, lakehouse, ChurnRiskConfig.defaults()).run("rerun", AS_OF, activity);
    assertEquals(BAD_RECORDS, again.activity().orElseThrow().quarantinedByReason(), "still counted and reported");
    assertEquals(quarantined, lakehouse.count(spark, Table.BRONZE_QUARANTINE), "but not quarantined twice");
    assertEquals(gold, lakehouse.read(spark, Table.GOLD_CHURN_RISK).orderBy("as_of", "customer_key").collectAsList());
  }
}
