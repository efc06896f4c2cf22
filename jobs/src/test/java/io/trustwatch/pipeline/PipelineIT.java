package io.trustwatch.pipeline;

import static io.trustwatch.LogCapture.described;
import static io.trustwatch.LogCapture.whileCapturing;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.NoMemoryFileSystem;
import io.trustwatch.SparkTestSession;
import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.jobs.alerts.AlertRule;
import io.trustwatch.jobs.alerts.AlertsExport;
import io.trustwatch.jobs.alerts.AlertsTransform;
import io.trustwatch.jobs.churn.ActivityInput;
import io.trustwatch.jobs.enrich.EnrichJob;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.jobs.privacy.ErasureJob;
import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a small multilingual fixture: contents, idempotency, restart, late data, privacy. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 21);
  private static final CustomerPseudonymiser KEYS = CustomerPseudonymiser.demo();
  private static final List<Table> WEEKLY = List.of(Table.GOLD_SENTIMENT_WEEKLY, Table.GOLD_THEME_WEEKLY,
      Table.GOLD_CUSTOMER_WEEKLY);
  private static final List<Table> GOLD = List.of(Table.GOLD_SENTIMENT_WEEKLY, Table.GOLD_THEME_WEEKLY,
      Table.GOLD_CUSTOMER_WEEKLY, Table.GOLD_CHURN_RISK);

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Lakehouse clean;
  private static String posts;
  private static Pipeline.Result cleanRun;

  @BeforeAll
  static void runOnce() throws Exception {
    spark = SparkTestSession.get();
    posts = Path.of(PipelineIT.class.getResource("/PipelineIT/posts.jsonl").toURI()).toString();
    clean = new Lakehouse(tmp.resolve("clean"));
    cleanRun = pipeline(clean, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF);
  }

  private static Pipeline pipeline(Lakehouse lakehouse, OptOutList optOut) {
    return pipeline(lakehouse, optOut, "UTC");
  }

  private static Pipeline pipeline(Lakehouse lakehouse, OptOutList optOut, String timeZone) {
    return new Pipeline(spark, lakehouse, new Pipeline.PipelineSettings(KEYS, optOut, timeZone, ChurnRiskConfig.defaults()));
  }

  @Test
  void theStagesRunInTheOrderTheHelpNames() {
    assertEquals(Pipeline.STAGE_ORDER, String.join(" -> ", cleanRun.stageSeconds().keySet()));
  }

  @Test
  @Order(9)
  void aStageThatFailsIsLoggedWithTheStagesBeforeItInOneCommit() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("failing"));
    String missing = tmp.resolve("no-such-activity.csv").toString();
    ActivityInput activity = new ActivityInput(List.of(missing), InputFormat.AUTO, KEYS, OptOutList.empty());
    List<LogEvent> events = new CopyOnWriteArrayList<>();
    FileNotFoundException thrown = whileCapturing(Level.INFO, events, () -> assertThrows(FileNotFoundException.class,
        () -> pipeline(lakehouse, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF, Optional.of(activity))));

    List<Row> log = lakehouse.read(spark, Table.OPS_RUN_LOG).orderBy("started_at").collectAsList();
    assertEquals(List.of("ingest:success", "enrich:success", "trends:success", "churn:failed"),
        log.stream().map(r -> r.getAs("stage") + ":" + r.getAs("status")).toList());
    assertEquals(1, log.stream().map(r -> r.<String>getAs("run_id")).distinct().count());
    assertEquals("FileNotFoundException: " + thrown.getMessage(), log.get(3).getAs("message"));
    assertEquals(0L, Lakehouse.version(io.delta.tables.DeltaTable.forPath(spark, lakehouse.path(Table.OPS_RUN_LOG))),
        "one commit for the whole run");
    String runId = log.get(0).getAs("run_id");
    String prefix = Pipeline.class.getName() + ": run " + runId + ": ";
    assertEquals(Stream.concat(Stream.of("ingest", "enrich", "trends")
                .flatMap(stage -> Stream.of(stage + " started", stage + " finished in <seconds> s")),
            Stream.of("churn started")).map(line -> prefix + line).toList(),
        described(events).stream().filter(e -> e.startsWith(Pipeline.class.getName()))
            .map(e -> e.replaceAll(" \\d+\\.\\d s$", " <seconds> s")).toList(),
        "the log shows how long each finished stage took, and which stage was running when the run failed");
  }

  @Test
  @Order(9)
  void aStageOutOfMemoryIsLoggedAndTheNextRunKeepsTheStagesBeforeIt() throws Exception {
    // Churn lists the activity files on the driver, where this one throws the Error of a driver out of memory.
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("out-of-memory"));
    ActivityInput activity = new ActivityInput(List.of(NoMemoryFileSystem.install(spark, "activity.csv")),
        InputFormat.AUTO, KEYS, OptOutList.empty());
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class,
        () -> pipeline(lakehouse, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF, Optional.of(activity)));

    List<Row> log = lakehouse.read(spark, Table.OPS_RUN_LOG).orderBy("started_at").collectAsList();
    assertEquals(List.of("ingest:success", "enrich:success", "trends:success", "churn:failed"),
        log.stream().map(r -> r.getAs("stage") + ":" + r.getAs("status")).toList());
    assertEquals("OutOfMemoryError: " + thrown.getMessage(), log.get(3).getAs("message"));
    Pipeline.Result rerun = pipeline(lakehouse, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF);
    assertEquals(1, rerun.ingest().filesSkipped(), "the file the failed run ingested is not read again");
    assertEquals(0, rerun.enrich().scored());
    assertEquals(Map.of(), rerun.trends(), "no week changed since the failed run's trends");
    assertEquals(cleanRun.churn().customers(), rerun.churn().customers());
  }

  @Test
  @Order(9)
  void aSparkJobThatFailsIsLoggedToo() throws Exception {
    // A task that cannot read an input throws Spark's SparkException, a checked exception Scala code does not declare.
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("unreadable"));
    ByteArrayOutputStream gzip = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gzip)) {
      out.write(Files.readAllBytes(Path.of(posts)));
    }
    Path damaged = Files.write(tmp.resolve("damaged.jsonl.gz"), Arrays.copyOf(gzip.toByteArray(), gzip.size() / 2));
    SparkException thrown = assertThrows(SparkException.class,
        () -> pipeline(lakehouse, OptOutList.empty()).run(List.of(damaged.toString()), InputFormat.AUTO, AS_OF));

    List<Row> log = lakehouse.read(spark, Table.OPS_RUN_LOG).collectAsList();
    assertEquals(List.of("ingest:failed"), log.stream().map(r -> r.getAs("stage") + ":" + r.getAs("status")).toList());
    assertEquals("SparkException: " + thrown.getMessage().lines().findFirst().orElseThrow(), log.get(0).getAs("message"),
        "the first line: Spark's goes on with the executor's stack trace");
    String message = log.get(0).getAs("message");
    assertTrue(message.contains("cannot read file:" + damaged), message);
    assertFalse(lakehouse.exists(spark, Table.BRONZE_POSTS), "nothing of a file read halfway is ingested");
  }

  private static Row silver(String postId) {
    return clean.read(spark, Table.SILVER_SCORED_POSTS).filter(col("post_id").equalTo(postId)).first();
  }

  @Test
  @Order(1)
  void silverHasLanguageRedactedTextPseudonymAndScores() {
    assertEquals(19, clean.count(spark, Table.SILVER_SCORED_POSTS));
    Row leak = silver("en-4");
    String text = leak.getAs("text");
    assertTrue(text.contains("<EMAIL>") && text.contains("<PHONE>"), text);
    assertFalse(text.contains("jane.doe") || text.contains("7700"), text);
    assertEquals(KEYS.pseudonymise("c-en"), leak.getAs("customer_key"));
    assertTrue(leak.<List<String>>getList(leak.fieldIndex("theme_codes")).contains("privacy_violation"));
    assertEquals("negative", leak.getAs("sentiment"));

    assertEquals("ru", silver("ru-1").getAs("lang"));
    assertTrue(silver("ru-3").<Boolean>getAs("churn_intent"));
    assertEquals("positive", silver("tr-1").getAs("sentiment"));

    Row german = silver("de-1");
    assertEquals("de", german.getAs("lang"));
    assertNull(german.getAs("sentiment"), "no model for German: no guess");
    assertEquals("unsupported_language", german.getAs("sentiment_reason"));
  }

  @Test
  @Order(2)
  void goldTablesAreWritten() {
    for (Table t : GOLD) assertTrue(clean.count(spark, t) > 0, t.qualifiedName());
    assertEquals(6, clean.count(spark, Table.GOLD_CHURN_RISK), "one row per customer at the as-of date");
    Row breached = clean.read(spark, Table.GOLD_CHURN_RISK)
        .filter(col("customer_key").equalTo(KEYS.pseudonymise("c-en"))).first();
    List<String> reasons = breached.getList(breached.fieldIndex("reasons"));
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("trust_breach:privacy_violation")), reasons.toString());
    long customerWeeks = clean.read(spark, Table.SILVER_SCORED_POSTS)
        .selectExpr("customer_key", "date_trunc('week', created_at)").distinct().count();
    assertEquals(customerWeeks, clean.count(spark, Table.GOLD_CUSTOMER_WEEKLY));
  }

  @Test
  @Order(2)
  void sqlAddressesTablesByName() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = io.trustwatch.cli.TrustwatchCli.execute(new String[] {"sql",
        "SELECT lang, count(*) AS posts FROM silver.scored_posts GROUP BY lang ORDER BY lang",
        "--format", "tsv", "--lakehouse", clean.root().toString()},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals("lang\tposts", lines.get(0));
    assertTrue(lines.contains("ru\t3"), lines.toString());
    assertTrue(lines.contains("tr\t6"), lines.toString());
  }

  @Test
  @Order(2)
  void theWeeksAlertsAreInTheTableAndInItsExport() throws Exception {
    // This fixture raises none (no customer is high risk yet); AlertsIT covers alerts with content.
    LocalDate week = AlertRule.alertWeek(AS_OF);
    List<String> tableIds = clean.read(spark, Table.GOLD_ALERTS).filter(col("week_start").equalTo(lit(week)))
        .select("alert_id").as(Encoders.STRING()).collectAsList();
    List<String> exportIds = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(new AlertsExport(spark, clean).file(week))) {
      exportIds.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("alert_id").asText());
    }
    assertEquals(tableIds.stream().sorted().toList(), exportIds.stream().sorted().toList());
  }

  @Test
  @Order(3)
  void sameInputAndAsOfTwiceGivesIdenticalTables() throws Exception {
    Map<Table, List<Row>> before = snapshot(clean);
    Pipeline.Result again = pipeline(clean, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF);
    assertEquals(0, again.ingest().inserted() + again.ingest().updated());
    assertEquals(0, again.enrich().scored());
    assertEquals(0, again.alerts().raised(), "an alert is raised once");
    assertEquals(before, snapshot(clean));
  }

  @Test
  @Order(4)
  void aRunStoppedAfterEnrichThenRestartedEndsLikeACleanRun() throws Exception {
    Lakehouse interrupted = new Lakehouse(tmp.resolve("interrupted"));
    // The first attempt dies after enrich: no trends, no churn.
    new IngestJob(spark, interrupted).run(List.of(posts), InputFormat.AUTO, "attempt-1", Instant.now());
    new EnrichJob(spark, interrupted, KEYS, OptOutList.empty(), java.util.Set.of()).run("attempt-1");
    assertFalse(interrupted.exists(spark, Table.GOLD_SENTIMENT_WEEKLY));
    pipeline(interrupted, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF);
    for (Table t : GOLD) {
      assertEquals(sorted(clean.read(spark, t)), sorted(interrupted.read(spark, t)), t.qualifiedName());
    }
  }

  @Test
  @Order(5)
  void aLatePostUpdatesItsOldWeek() throws Exception {
    Dataset<Row> week = clean.read(spark, Table.GOLD_SENTIMENT_WEEKLY)
        .filter("week_start = DATE'2026-08-03' AND lang = 'en'");
    long before = week.first().<Long>getAs("posts");
    String late = Path.of(PipelineIT.class.getResource("/PipelineIT/late.jsonl").toURI()).toString();
    pipeline(clean, OptOutList.empty()).run(List.of(late), InputFormat.AUTO, AS_OF);
    long after = clean.read(spark, Table.GOLD_SENTIMENT_WEEKLY)
        .filter("week_start = DATE'2026-08-03' AND lang = 'en'").first().<Long>getAs("posts");
    assertEquals(before + 1, after);
  }

  @Test
  @Order(6)
  void optedOutCustomersNeverReachSilverOrGold() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("optout"));
    pipeline(lakehouse, OptOutList.parse(List.of("c-ru"))).run(List.of(posts), InputFormat.AUTO, AS_OF);
    String key = KEYS.pseudonymise("c-ru");
    assertEquals(0, lakehouse.read(spark, Table.SILVER_SCORED_POSTS).filter(col("customer_key").equalTo(key)).count());
    assertEquals(0, lakehouse.read(spark, Table.GOLD_CHURN_RISK).filter(col("customer_key").equalTo(key)).count());
    assertEquals(3, lakehouse.read(spark, Table.BRONZE_POSTS).filter("customer_id = 'c-ru'").count(),
        "raw posts stay in bronze, whose retention is separate");
  }

  @Test
  @Order(7)
  void eraseRemovesACustomerFromEveryTableAndEveryQuote() throws Exception {
    String key = KEYS.pseudonymise("c-en");
    List<String> quotes = clean.read(spark, Table.SILVER_SCORED_POSTS).filter(col("customer_key").equalTo(key))
        .select(explode(col("themes.evidence"))).as(Encoders.STRING()).collectAsList();
    assertFalse(quotes.isEmpty(), "the fixture gives c-en's posts theme evidence");
    assertTrue(clean.read(spark, Table.GOLD_THEME_WEEKLY).filter("lang = 'en'").count() > 0);
    // A rising-theme alert citing c-en and another writer, as the alerts stage would raise it.
    LocalDate week = AlertRule.alertWeek(AS_OF);
    String other = "someone else's words";
    spark.createDataFrame(List.of(RowFactory.create("test-theme-alert", AlertsTransform.THEME_RISING,
            java.sql.Date.valueOf(week), IsoWeek.of(week).toString(), "en", "(none)", null, "billing_error", null,
            5.0, 3.0, 4.2, List.of(quotes.get(0), other), "billing_error is rising", "test",
            java.sql.Timestamp.from(Instant.now()))),
        clean.read(spark, Table.GOLD_ALERTS).schema())
        .write().format("delta").mode(SaveMode.Append).save(clean.path(Table.GOLD_ALERTS));

    ErasureJob.Erasure erasure = new ErasureJob(spark, clean).erase("erase-run", "c-en", KEYS);
    Map<Table, Long> removed = erasure.removed();
    assertEquals(5L, removed.get(Table.BRONZE_POSTS), "four posts and the late one");
    assertEquals(5L, removed.get(Table.SILVER_SCORED_POSTS));
    assertEquals(1L, removed.get(Table.GOLD_CHURN_RISK));
    assertEquals(0, clean.read(spark, Table.BRONZE_POSTS).filter("customer_id = 'c-en'").count());
    assertEquals(0, clean.read(spark, Table.GOLD_CUSTOMER_WEEKLY).filter(col("customer_key").equalTo(key)).count());
    assertEquals(Optional.of("UTC"), erasure.weeklyRebuilt());
    assertEquals(1, erasure.alertsUnquoted(), "the rising-theme alert quoting c-en");
    assertEquals(0, clean.read(spark, Table.GOLD_SENTIMENT_WEEKLY).filter("lang = 'en'").count(),
        "erase rebuilds the weeks c-en, the fixture's only English writer, posted in");
    assertEquals(0, clean.read(spark, Table.GOLD_THEME_WEEKLY).filter("lang = 'en'").count());
    Row alert = clean.read(spark, Table.GOLD_ALERTS).filter("alert_id = 'test-theme-alert'").first();
    assertEquals(List.of(other), alert.getList(alert.fieldIndex("evidence")), "the alert no longer quotes c-en");
    String exported = Files.readString(new AlertsExport(spark, clean).file(week));
    assertFalse(exported.contains(key), "the alert export forgets the customer too");
    assertFalse(exported.contains(quotes.get(0)), "and their words");
    assertTrue(exported.contains(other));
  }

  /**
   * The README promises that any Delta reader opens the tables (Trino, DuckDB, older Delta releases): reader
   * version 1, so no reader feature such as deletion vectors or column mapping. Checked after re-runs, a late post
   * and an erasure have written to every table.
   */
  @Test
  @Order(8)
  void everyTableStaysReadableByAnyDeltaReader() {
    for (Table t : Table.values()) {
      assertTrue(clean.exists(spark, t), t.qualifiedName() + " written by the run");
      // Reader features (deletion vectors, column mapping, ...) exist only from reader version 3 on.
      assertEquals(1, io.delta.tables.DeltaTable.forPath(spark, clean.path(t)).detail().select("minReaderVersion")
          .first().getInt(0), t.qualifiedName() + " reader version");
    }
  }

  /**
   * Deleting a customer's posts from silver changes the weeks they posted in: the weekly tables, whose
   * theme examples quote posts, must then forget them as if they had never been there.
   */
  @Test
  @Order(8)
  void aCustomerWhoOptsOutLaterLeavesTheWeeklyTablesToo() throws Exception {
    Lakehouse later = new Lakehouse(tmp.resolve("optout-later"));
    pipeline(later, OptOutList.empty()).run(List.of(posts), InputFormat.AUTO, AS_OF);
    EnrichJob.EnrichSummary optedOut = pipeline(later, OptOutList.parse(List.of("c-ru")))
        .run(List.of(posts), InputFormat.AUTO, AS_OF).enrich();
    assertTrue(optedOut.optOutApplied() && optedOut.optedOutRemoved() > 0, optedOut.toString());
    EnrichJob.EnrichSummary again = pipeline(later, OptOutList.parse(List.of("c-ru")))
        .run(List.of(posts), InputFormat.AUTO, AS_OF).enrich();
    assertFalse(again.optOutApplied(), "the list the last run applied: none of c-ru's rows can have come back since");
    Lakehouse fromStart = new Lakehouse(tmp.resolve("optout-from-start"));
    pipeline(fromStart, OptOutList.parse(List.of("c-ru"))).run(List.of(posts), InputFormat.AUTO, AS_OF);
    for (Table t : WEEKLY) {
      assertEquals(sorted(fromStart.read(spark, t)), sorted(later.read(spark, t)), t.qualifiedName());
    }
    assertEquals(0, later.read(spark, Table.GOLD_SENTIMENT_WEEKLY).filter("lang = 'ru'").count(),
        "c-ru wrote the fixture's only Russian posts");
  }

  /**
   * Weeks cut in two time zones must not sit side by side: a run in another zone than the last
   * rebuilds every week, incrementally ({@code run}) and from a week on ({@code trends --from-week}).
   * In Pago Pago (UTC-11) the fixture's Monday-morning posts fall in the week before.
   */
  @Test
  @Order(10)
  void aRunInAnotherTimeZoneRebuildsEveryWeekInIt() throws Exception {
    Lakehouse moved = new Lakehouse(tmp.resolve("zone-moved"));
    pipeline(moved, OptOutList.empty(), "UTC").run(List.of(posts), InputFormat.AUTO, AS_OF);
    Map<Table, List<Row>> utc = weekly(moved);
    pipeline(moved, OptOutList.empty(), "Pacific/Pago_Pago").run(List.of(posts), InputFormat.AUTO, AS_OF);
    Lakehouse pagoPago = new Lakehouse(tmp.resolve("zone-pago-pago"));
    pipeline(pagoPago, OptOutList.empty(), "Pacific/Pago_Pago").run(List.of(posts), InputFormat.AUTO, AS_OF);
    assertNotEquals(utc.get(Table.GOLD_SENTIMENT_WEEKLY), weekly(pagoPago).get(Table.GOLD_SENTIMENT_WEEKLY),
        "the zones cut the fixture's weeks differently");
    assertEquals(weekly(pagoPago), weekly(moved), "nothing new, yet every week is recut");

    new TrendsJob(spark, moved, "UTC").run("back-to-utc", LocalDate.of(2026, 9, 14));
    assertEquals(utc, weekly(moved), "a rebuild from one week on recuts every week too");
  }

  /** The three weekly tables' rows, sorted. */
  private static Map<Table, List<Row>> weekly(Lakehouse lakehouse) {
    Map<Table, List<Row>> out = new java.util.EnumMap<>(Table.class);
    for (Table t : WEEKLY) out.put(t, sorted(lakehouse.read(spark, t)));
    return out;
  }

  private static Map<Table, List<Row>> snapshot(Lakehouse lakehouse) {
    Map<Table, List<Row>> out = new java.util.EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      if (t != Table.OPS_RUN_LOG && lakehouse.exists(spark, t)) out.put(t, sorted(lakehouse.read(spark, t)));
    }
    return out;
  }

  private static List<Row> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().sorted(java.util.Comparator.comparing(Row::toString)).toList();
  }
}
