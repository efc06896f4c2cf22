package io.trustwatch.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.cli.TrustwatchCli;
import io.trustwatch.jobs.churn.ChurnJob;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import io.trustwatch.report.WeeklyReport.BandCount;
import io.trustwatch.report.WeeklyReport.ChurnAssessment;
import io.trustwatch.report.WeeklyReport.EvidencePost;
import io.trustwatch.report.WeeklyReport.RisingTheme;
import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.ThemeMentions;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query over a lakehouse built by the pipeline from twelve hand-written posts (see
 * {@code WeeklyReportQueryIT/posts.jsonl}): W39 two praising posts, W40 one broken promise and two
 * praising posts, W41 (the report week) five complaints, among them an Arabic one and one carrying
 * a script, and one Turkish praise. One older post (W29) lies outside the trend window. Churn is
 * assessed at the end of W40, at the end of W41 and once after W41.
 */
class WeeklyReportQueryIT {

  private static final IsoWeek W41 = new IsoWeek(2026, 41);
  private static final CustomerPseudonymiser KEYS = CustomerPseudonymiser.demo();

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Lakehouse lakehouse;
  private static WeeklyReport report;

  @BeforeAll
  static void buildLakehouse() throws Exception {
    spark = SparkTestSession.get();
    String posts = Path.of(WeeklyReportQueryIT.class.getResource("/WeeklyReportQueryIT/posts.jsonl").toURI()).toString();
    lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    new Pipeline(spark, lakehouse, new Pipeline.PipelineSettings(KEYS, OptOutList.empty(), "UTC",
        ChurnRiskConfig.defaults())).run(List.of(posts), InputFormat.AUTO, LocalDate.of(2026, 10, 11));
    ChurnJob churn = new ChurnJob(spark, lakehouse, ChurnRiskConfig.defaults());
    churn.run("end-of-w40", LocalDate.of(2026, 10, 4));
    churn.run("after-w41", LocalDate.of(2026, 10, 14));
    report = new WeeklyReportQuery(spark, lakehouse, "UTC").load(W41);
  }

  @Test
  void headlineTotalsCountThisAndLastWeeksPosts() {
    // W41: six posts, all in languages with a sentiment model; only the Turkish one is positive;
    // mentions: two broken promises and a data breach in English, one of each in Arabic plus a
    // service failure (the Arabic data-breach post also says nobody answered).
    assertEquals(new WeekTotals(6, 6, 1, 5, 6), report.thisWeek());
    assertEquals(-4 / 6.0, report.thisWeek().netSentiment().orElseThrow(), 1e-9);
    assertEquals(new WeekTotals(3, 3, 2, 1, 1), report.lastWeek());
  }

  @Test
  void themeMentionsCompareWithLastWeekSummedOverBrands() {
    assertEquals(List.of(
        new ThemeMentions("ar", "broken_promise", 1, 0),
        new ThemeMentions("ar", "data_breach", 1, 0),
        new ThemeMentions("ar", "service_failure", 1, 0),
        new ThemeMentions("en", "broken_promise", 2, 1),
        new ThemeMentions("en", "data_breach", 1, 0)), report.themes());
  }

  @Test
  void risingThemesComeStrongestFirstWithTheirEvidence() {
    assertEquals(List.of("en/broken_promise", "ar/broken_promise", "ar/data_breach", "ar/service_failure",
        "en/data_breach"), report.risingThemes().stream().map(t -> t.lang() + "/" + t.theme()).toList());
    RisingTheme promises = report.risingThemes().get(0);
    assertEquals(2, promises.evidence().size(), "both W41 posts, the earlier first at equal confidence");
    EvidencePost script = promises.evidence().get(0);
    assertEquals(LocalDate.of(2026, 10, 5), script.date());
    assertTrue(script.text().contains("<script>window.__pwned = true; alert(1)</script>"), script.text());
    assertEquals("promised to call back", script.text().substring(script.start(), script.end()));
    assertEquals(KEYS.pseudonymise("c-en1"), script.customerKey(), "the pseudonym, never the raw id");
    assertEquals(LocalDate.of(2026, 10, 7), promises.evidence().get(1).date());

    EvidencePost arabic = report.risingThemes().get(1).evidence().get(0);
    assertEquals("ar", arabic.lang());
    assertEquals("وعدوني استرد فلوسي خلال يومين ولسه ما وصل", arabic.text().substring(arabic.start(), arabic.end()));
  }

  @Test
  void sentimentTrendCoversTwelveWeeksPerLanguage() {
    Map<String, Double> net = report.sentimentTrend().stream()
        .collect(Collectors.toMap(p -> p.week() + " " + p.lang(), SentimentPoint::netSentiment));
    assertEquals(Map.of(
        "2026-W39 en", 1.0, "2026-W39 ar", 1.0,
        "2026-W40 en", 0.0, "2026-W40 ar", 1.0,
        "2026-W41 en", -1.0, "2026-W41 ar", -1.0, "2026-W41 tr", 1.0), net, "the W29 post lies outside the window");
  }

  @Test
  void churnIsTheLatestAssessmentUpToTheWeeksSunday() {
    ChurnAssessment churn = report.churn().orElseThrow();
    assertEquals(LocalDate.of(2026, 10, 11), churn.asOf(), "not the assessment of 14 Oct, after the week");
    Map<String, Long> perLanguage = churn.counts().stream()
        .collect(Collectors.groupingBy(BandCount::lang, Collectors.summingLong(BandCount::customers)));
    assertEquals(Map.of("en", 3L, "ar", 2L, "tr", 1L), perLanguage, "every customer who posted up to 11 Oct");
    long high = lakehouse.read(spark, Table.GOLD_CHURN_RISK)
        .filter(col("as_of").equalTo(java.sql.Date.valueOf("2026-10-11")).and(col("risk_band").equalTo("high"))).count();
    assertEquals(high, churn.customers("high"));
    assertEquals(Math.min(high, WeeklyReportQuery.HIGHEST_RISK_CUSTOMERS), churn.highestRisk().size());
    for (int i = 1; i < churn.highestRisk().size(); i++) {
      assertTrue(churn.highestRisk().get(i - 1).riskScore() >= churn.highestRisk().get(i).riskScore());
    }
    assertEquals(LocalDate.of(2026, 10, 4), churn.prior().orElseThrow().asOf());

    ChurnAssessment w40 = WeeklyReportQuery.churnAssessment(lakehouse.read(spark, Table.GOLD_CHURN_RISK), W41.previous())
        .orElseThrow();
    assertEquals(3, w40.counts().stream().mapToLong(BandCount::customers).sum(), "customers who posted up to 4 Oct");
    assertTrue(w40.prior().isEmpty());
    assertTrue(WeeklyReportQuery.churnAssessment(lakehouse.read(spark, Table.GOLD_CHURN_RISK), new IsoWeek(2026, 39))
        .isEmpty(), "no assessment on or before 27 Sep");
  }

  @Test
  void theDefaultWeekIsTheLatestChurnRunsAlertWeekWhenItHasPosts() {
    // On this lakehouse the latest churn run (as of Wed 14 Oct) raised alerts for W41, the latest week too.
    assertEquals(W41, new WeeklyReportQuery(spark, lakehouse, "UTC").defaultWeek());

    org.apache.spark.sql.types.StructType log = new org.apache.spark.sql.types.StructType()
        .add("stage", "string").add("status", "string").add("as_of", "date").add("finished_at", "timestamp");
    org.apache.spark.sql.types.StructType weeks = new org.apache.spark.sql.types.StructType().add("week_start", "date");
    var sentimentWeekly = spark.createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create(java.sql.Date.valueOf("2026-11-09")),
        org.apache.spark.sql.RowFactory.create(java.sql.Date.valueOf("2026-11-16"))), weeks);
    // A run as of Monday 16 Nov: its alert week is W46 although one early post already opened W47.
    var runs = spark.createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create("churn", "success", java.sql.Date.valueOf("2026-11-16"),
            java.sql.Timestamp.valueOf("2026-11-16 06:00:00")),
        org.apache.spark.sql.RowFactory.create("churn", "success", java.sql.Date.valueOf("2026-11-09"),
            java.sql.Timestamp.valueOf("2026-11-09 06:00:00")),
        org.apache.spark.sql.RowFactory.create("ingest", "success", null, java.sql.Timestamp.valueOf("2026-11-16 07:00:00"))),
        log);
    assertEquals(java.util.Optional.of(new IsoWeek(2026, 46)), WeeklyReportQuery.defaultWeek(runs, sentimentWeekly));
    // No churn run yet, or its alert week has no posts: the caller falls back to the latest week.
    assertEquals(java.util.Optional.empty(),
        WeeklyReportQuery.defaultWeek(runs.filter("stage = 'ingest'"), sentimentWeekly));
    assertEquals(java.util.Optional.empty(), WeeklyReportQuery.defaultWeek(runs, sentimentWeekly.limit(0)));
    assertEquals(java.util.Optional.empty(), WeeklyReportQuery.defaultWeek(null, sentimentWeekly));
  }

  @Test
  void aWeekWithoutPostsIsNamedWithTheWeeksThatExist() {
    WeeklyReportQuery query = new WeeklyReportQuery(spark, lakehouse, "UTC");
    assertEquals(W41, query.latestWeek());
    WeeklyReportQuery.WeekNotFoundException e = assertThrows(WeeklyReportQuery.WeekNotFoundException.class,
        () -> query.load(new IsoWeek(2026, 35)));
    assertEquals("no posts in week 2026-W35; gold.sentiment_weekly holds 2026-W29 to 2026-W41", e.getMessage());
  }

  @Test
  void writerPutsThePageAndOnePngPerChartInTheFolder() throws Exception {
    Path out = tmp.resolve("written");
    List<Path> files = ReportWriter.write(spark, lakehouse, W41, out);
    assertEquals(List.of("report-2026-W41.html", "report-2026-W41-sentiment-trend.png",
        "report-2026-W41-theme-heat-map.png", "report-2026-W41-churn-risk.png"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    String html = Files.readString(files.get(0));
    assertTrue(html.contains("They <mark>promised to call back</mark> &lt;script&gt;"), html);
    assertTrue(html.contains("lang=\"ar\" dir=\"rtl\"><mark>وعدوني"), html);
    for (Path png : files.subList(1, files.size())) assertTrue(Files.size(png) > 1_000, png.toString());
  }

  @Test
  void commandReportsTheLatestWeekByDefaultAndRejectsWeeksWithoutPosts() {
    String home = lakehouse.root().toString();
    Run latest = run("report", "--lakehouse", home, "--out", tmp.resolve("cli").toString());
    assertEquals(0, latest.exit(), latest.err());
    assertEquals(5, latest.out().lines().count(), latest.out());
    assertTrue(latest.out().lines().allMatch(l -> l.startsWith("report: ")), latest.out());
    assertTrue(latest.out().contains("report-2026-W41.html"), "the latest week by default: " + latest.out());
    assertTrue(latest.out().contains("2026-W41, weeks cut in UTC"), latest.out());

    Run missing = run("report", "--lakehouse", home, "--week", "2026-W35", "--out", tmp.resolve("x").toString());
    assertEquals(2, missing.exit());
    assertEquals("trustwatch: --week: no posts in week 2026-W35; gold.sentiment_weekly holds 2026-W29 to 2026-W41 "
        + "(see 'trustwatch report --help')", missing.err().strip());

    Run empty = run("report", "--lakehouse", tmp.resolve("nothing").toString(), "--out", tmp.resolve("y").toString());
    assertEquals(1, empty.exit());
    assertEquals(1, empty.err().strip().lines().count(), empty.err());
    assertTrue(empty.err().contains("gold.sentiment_weekly does not exist"), empty.err());
  }

  /** A lakehouse whose weekly tables were last cut in Tokyo is reported in Tokyo's weeks unless told otherwise. */
  @Test
  void commandCutsWeeksInTheZoneTheLatestTrendsRunRecorded() throws Exception {
    Path copy = tmp.resolve("tokyo");
    try (var files = Files.walk(lakehouse.root())) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(lakehouse.root().relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
      }
    }
    new TrendsJob(spark, new Lakehouse(copy), "Asia/Tokyo").run("tokyo", null);

    Run tokyo = run("report", "--lakehouse", copy.toString(), "--out", tmp.resolve("tokyo-out").toString());
    assertEquals(0, tokyo.exit(), tokyo.err());
    assertTrue(tokyo.out().contains("weeks cut in Asia/Tokyo"), tokyo.out());
    Run told = run("report", "--lakehouse", copy.toString(), "--time-zone", "UTC", "--out",
        tmp.resolve("told-out").toString());
    assertTrue(told.out().contains("weeks cut in UTC"), told.out());
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}
