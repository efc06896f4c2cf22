package io.trustwatch.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trustwatch.SparkTestSession;
import io.trustwatch.jobs.privacy.OptOutEnforcer;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which gold rows become alerts, that an episode is raised once under a stable id, and that the
 * table, its export and erasure agree.
 */
class AlertsIT {

  private static final LocalDate WEEK = LocalDate.of(2026, 11, 9);
  private static final LocalDate LAST_WEEK = WEEK.minusWeeks(1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);

  private static final StructType SENTIMENT = new StructType()
      .add("week_start", DataTypes.DateType).add("iso_week", DataTypes.StringType)
      .add("lang", DataTypes.StringType).add("source", DataTypes.StringType).add("brand", DataTypes.StringType)
      .add("scored_posts", DataTypes.LongType).add("net_sentiment", DataTypes.DoubleType)
      .add("net_sentiment_change", DataTypes.DoubleType).add("robust_z", DataTypes.DoubleType)
      .add("anomaly", DataTypes.BooleanType);
  private static final StructType THEMES = new StructType()
      .add("week_start", DataTypes.DateType).add("iso_week", DataTypes.StringType)
      .add("lang", DataTypes.StringType).add("brand", DataTypes.StringType).add("theme", DataTypes.StringType)
      .add("mentions", DataTypes.LongType).add("customers", DataTypes.LongType)
      .add("examples", DataTypes.createArrayType(DataTypes.StringType))
      .add("mentions_change", DataTypes.DoubleType).add("robust_z", DataTypes.DoubleType)
      .add("anomaly", DataTypes.BooleanType);
  private static final StructType CHURN = new StructType()
      .add("as_of", DataTypes.DateType).add("customer_key", DataTypes.StringType)
      .add("risk_score", DataTypes.DoubleType).add("risk_band", DataTypes.StringType)
      .add("is_silent", DataTypes.BooleanType).add("days_since_last_post", DataTypes.LongType)
      .add("reasons", DataTypes.createArrayType(DataTypes.StringType))
      .add("lang", DataTypes.StringType).add("brand", DataTypes.StringType);

  private static SparkSession spark;
  private static List<Row> alerts;

  @BeforeAll
  static void raise() {
    spark = SparkTestSession.get();
    alerts = AlertsTransform.alerts(sentiment(), themes(), churn(), WEEK, AS_OF).collectAsList();
  }

  private static Dataset<Row> sentiment() {
    return spark.createDataFrame(List.of(
        // en/app/Acme: a fresh, well-evidenced drop.
        sentimentRow(LAST_WEEK, "en", "app", "Acme", 12, 0.2, -0.4, false),
        sentimentRow(WEEK, "en", "app", "Acme", 10, -0.5, -4.1, true),
        // ar/web/Acme: dropping last week already, so the episode was raised then.
        sentimentRow(LAST_WEEK, "ar", "web", "Acme", 9, -0.6, -3.9, true),
        sentimentRow(WEEK, "ar", "web", "Acme", 8, -0.7, -4.4, true),
        // tr/app/Acme: a drop on three posts is not enough to page anyone.
        sentimentRow(WEEK, "tr", "app", "Acme", 3, -1.0, -5.0, true),
        // ru/app/Acme: an upward anomaly is good news, not an alert.
        sentimentRow(WEEK, "ru", "app", "Acme", 20, 0.9, 4.0, true),
        // id/app/Acme: last week's drop had too few posts to count, this week's has enough.
        sentimentRow(LAST_WEEK, "id", "app", "Acme", 2, -1.0, -6.0, true),
        sentimentRow(WEEK, "id", "app", "Acme", 7, -0.4, -3.6, true)), SENTIMENT);
  }

  private static Row sentimentRow(LocalDate week, String lang, String source, String brand, long scored,
      double net, double z, boolean anomaly) {
    return RowFactory.create(Date.valueOf(week), IsoWeek.of(week).toString(), lang, source, brand, scored, net,
        null, z, anomaly);
  }

  private static Dataset<Row> themes() {
    return spark.createDataFrame(List.of(
        themeRow("en", "service_failure", 5, 4, List.of("nobody answers", "third call", "chat bot only", "on hold"),
            4.5, true),
        themeRow("en", "dishonesty", 2, 2, List.of("hidden fee", "surprise charge"), 9.0, true),
        themeRow("en", "data_breach", 4, 1, List.of("hacked", "hacked again"), 8.0, true),
        themeRow("ar", "broken_promise", 6, 5, List.of("وعدوني"), -4.0, true)), THEMES);
  }

  private static Row themeRow(String lang, String theme, long mentions, long customers, List<String> examples,
      double z, boolean anomaly) {
    return RowFactory.create(Date.valueOf(WEEK), IsoWeek.of(WEEK).toString(), lang, "Acme", theme, mentions,
        customers, scala.jdk.javaapi.CollectionConverters.asScala(examples).toSeq(), null, z, anomaly);
  }

  private static Dataset<Row> churn() {
    LocalDate previous = AS_OF.minusWeeks(1);
    LocalDate older = AS_OF.minusWeeks(2);
    return spark.createDataFrame(List.of(
        churnRow(AS_OF, "k-new", 0.8, "high", true), churnRow(previous, "k-new", 0.5, "medium", true),
        churnRow(AS_OF, "k-still", 0.9, "high", true), churnRow(previous, "k-still", 0.85, "high", true),
        churnRow(AS_OF, "k-loud", 0.9, "high", false),
        // Silent and high two snapshots ago, then recovered: a new episode, so a new alert.
        churnRow(AS_OF, "k-again", 0.7, "high", true), churnRow(previous, "k-again", 0.3, "low", false),
        churnRow(older, "k-again", 0.9, "high", true)), CHURN);
  }

  private static Row churnRow(LocalDate asOf, String key, double risk, String band, boolean silent) {
    return RowFactory.create(Date.valueOf(asOf), key, risk, band, silent, 40L,
        scala.jdk.javaapi.CollectionConverters.asScala(List.of("went_quiet", "trust_breach:service_failure", "a",
            "b")).toSeq(), "en", "Acme");
  }

  private static Map<String, List<String>> subjectsByKind() {
    return alerts.stream().collect(Collectors.groupingBy(r -> r.getAs("kind"), java.util.TreeMap::new,
        Collectors.mapping(AlertsIT::subject, Collectors.toList())));
  }

  private static String subject(Row r) {
    String kind = r.getAs("kind");
    if (kind.equals(AlertsTransform.SILENT_CHURNER)) return r.getAs("customer_key");
    if (kind.equals(AlertsTransform.THEME_RISING)) return r.getAs("lang") + "/" + r.getAs("theme");
    return r.getAs("lang") + "/" + r.getAs("source");
  }

  @Test
  void onlyNewWellEvidencedDropsRisesAndChurnersAreRaised() {
    Map<String, List<String>> byKind = subjectsByKind();
    assertEquals(List.of("en/app", "id/app"), byKind.get(AlertsTransform.SENTIMENT_DROP).stream().sorted().toList());
    assertEquals(List.of("en/service_failure"), byKind.get(AlertsTransform.THEME_RISING));
    assertEquals(List.of("k-again", "k-new"),
        byKind.get(AlertsTransform.SILENT_CHURNER).stream().sorted().toList());
  }

  @Test
  void everyAlertIsAboutTheAlertWeekAndCarriesAtMostThreePiecesOfEvidence() {
    for (Row r : alerts) {
      assertEquals(Date.valueOf(WEEK), r.getAs("week_start"));
      assertEquals("2026-W46", r.getAs("iso_week"));
      assertTrue(r.getList(r.fieldIndex("evidence")).size() <= AlertRule.MAX_EVIDENCE, r.toString());
      assertTrue(!((String) r.getAs("summary")).isBlank());
    }
    Row theme = alerts.stream().filter(r -> r.getAs("kind").equals(AlertsTransform.THEME_RISING)).findFirst()
        .orElseThrow();
    assertEquals(List.of("nobody answers", "third call", "chat bot only"), theme.getList(theme.fieldIndex("evidence")));
  }

  @Test
  void idsAreStableAcrossRunsAndDistinctAcrossEpisodes() {
    List<String> again = AlertsTransform.alerts(sentiment(), themes(), churn(), WEEK, AS_OF)
        .select("alert_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> ids = alerts.stream().map(r -> (String) r.getAs("alert_id")).toList();
    assertEquals(ids.stream().sorted().toList(), again.stream().sorted().toList());
    assertEquals(ids.size(), ids.stream().distinct().count());
    assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{20}")), ids.toString());
    // The same drop starting a week later is another episode, so another id.
    Dataset<Row> shifted = spark.createDataFrame(List.of(
        sentimentRow(WEEK.plusWeeks(1), "en", "app", "Acme", 10, -0.5, -4.1, true)), SENTIMENT);
    String later = AlertsTransform.sentimentDrops(shifted, WEEK.plusWeeks(1)).first().getAs("alert_id");
    String now = alerts.stream().filter(r -> subject(r).equals("en/app")).findFirst().orElseThrow().getAs("alert_id");
    assertNotEquals(now, later);
  }

  @Test
  void theJobMergesOnceExportsTheWeekAndForgetsErasedCustomers(@TempDir Path dir) throws Exception {
    Lakehouse lakehouse = new Lakehouse(dir);
    sentiment().write().format("delta").save(lakehouse.path(Table.GOLD_SENTIMENT_WEEKLY));
    themes().write().format("delta").save(lakehouse.path(Table.GOLD_THEME_WEEKLY));
    churn().write().format("delta").save(lakehouse.path(Table.GOLD_CHURN_RISK));
    AlertsJob job = new AlertsJob(spark, lakehouse);

    AlertsJob.AlertsSummary first = job.run("run-1", AS_OF);
    assertEquals(alerts.size(), first.raised());
    assertEquals(Map.of(AlertsTransform.SENTIMENT_DROP, 2L, AlertsTransform.SILENT_CHURNER, 2L,
        AlertsTransform.THEME_RISING, 1L), first.byKind());
    List<String> lines = Files.readAllLines(first.export());
    assertEquals(alerts.size(), lines.size());
    JsonNode churner = new ObjectMapper().readTree(lines.stream().filter(l -> l.contains("k-new")).findFirst()
        .orElseThrow());
    assertEquals("2026-W46", churner.get("iso_week").asText());
    assertEquals("run-1", churner.get("raised_run_id").asText());

    AlertsJob.AlertsSummary again = job.run("run-2", AS_OF.plusDays(2));
    assertEquals(0, again.raised(), "a re-run within the week raises nothing new");
    assertEquals(lines, Files.readAllLines(again.export()), "and leaves the export as it was");

    new OptOutEnforcer(spark, lakehouse).removeKeys(Set.of("k-new"));
    String exported = Files.readString(first.export());
    assertFalse(exported.contains("k-new"), exported);
    assertTrue(exported.contains("k-again"), exported);
  }

  /**
   * The export streams the sorted alerts one partition at a time; the file must still hold the whole
   * week, in order, when the sort spreads them over several partitions.
   */
  @Test
  void theExportHoldsTheWholeWeekInOrderWhateverPartitionsTheAlertsComeIn(@TempDir Path dir) throws Exception {
    Lakehouse lakehouse = new Lakehouse(dir);
    StructType schema = AlertsTransform.SCHEMA.add("raised_run_id", DataTypes.StringType, false)
        .add("raised_at", DataTypes.TimestampType, false);
    List<String> kinds = List.of(AlertsTransform.THEME_RISING, AlertsTransform.SENTIMENT_DROP,
        AlertsTransform.SILENT_CHURNER);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 330; i++) {
      // Every eleventh alert is of the week before, which the week's file must leave out.
      LocalDate week = i % 11 == 0 ? LAST_WEEK : WEEK;
      rows.add(RowFactory.create(String.format("a%03d", (i * 7919) % 330), kinds.get(i % 3), Date.valueOf(week),
          IsoWeek.of(week).toString(), "en", "Acme", "app", null, "k" + i, -0.5, -0.2, -4.0, List.of(), "summary",
          "run-1", java.sql.Timestamp.valueOf("2026-11-16 08:00:00")));
    }
    spark.createDataFrame(rows, schema).repartition(3).write().format("delta").save(lakehouse.path(Table.GOLD_ALERTS));
    AlertsExport export = new AlertsExport(spark, lakehouse);
    // Adaptive execution would put 330 small rows in one partition.
    String coalesce = "spark.sql.adaptive.coalescePartitions.enabled";
    Map<String, Long> byKind;
    spark.conf().set(coalesce, "false");
    try {
      byKind = export.writeWeek(WEEK);
    } finally {
      spark.conf().unset(coalesce);
    }

    List<String> lines = Files.readAllLines(export.file(WEEK));
    ObjectMapper json = new ObjectMapper();
    List<String> exported = new ArrayList<>();
    for (String line : lines) {
      JsonNode alert = json.readTree(line);
      assertEquals(IsoWeek.of(WEEK).toString(), alert.get("iso_week").asText(), line);
      exported.add(alert.get("kind").asText() + " " + alert.get("alert_id").asText());
    }
    List<String> expected = rows.stream().filter(r -> r.getDate(2).toLocalDate().equals(WEEK))
        .map(r -> r.getString(1) + " " + r.getString(0)).sorted().toList();
    assertEquals(300, expected.size());
    assertEquals(expected, exported);
    assertEquals(Map.of(AlertsTransform.THEME_RISING, 100L, AlertsTransform.SENTIMENT_DROP, 100L,
        AlertsTransform.SILENT_CHURNER, 100L), byKind);
    try (var left = Files.list(export.directory())) {
      assertEquals(List.of(export.file(WEEK)), left.toList(), "no temporary file is left");
    }
  }
}
