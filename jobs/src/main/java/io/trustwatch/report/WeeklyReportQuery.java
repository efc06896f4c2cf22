package io.trustwatch.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.trustwatch.jobs.alerts.AlertRule;
import io.trustwatch.jobs.churn.ChurnJob;
import io.trustwatch.jobs.trends.TrendsTransform;
import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.report.WeeklyReport.AtRiskCustomer;
import io.trustwatch.report.WeeklyReport.BandCount;
import io.trustwatch.report.WeeklyReport.ChurnAssessment;
import io.trustwatch.report.WeeklyReport.EvidencePost;
import io.trustwatch.report.WeeklyReport.PriorAssessment;
import io.trustwatch.report.WeeklyReport.RisingTheme;
import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.ThemeMentions;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Loads a {@link WeeklyReport} from the gold tables (and, for evidence, {@code silver.scored_posts}).
 * The aggregations are static functions over Datasets so tests can feed them any rows; only
 * {@link #load} and {@link #latestWeek} touch the lakehouse.
 *
 * <p>Gold tables are grouped finer than the page (by source and brand), so every figure here is
 * re-aggregated from counts, never averaged from averages.
 */
public final class WeeklyReportQuery {

  static final int RISING_THEMES = 5;
  static final int EVIDENCE_PER_THEME = 2;
  static final int HIGHEST_RISK_CUSTOMERS = 5;

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final String timeZone;

  /**
   * @param timeZone the time zone the trends stage cut weeks in; evidence posts are picked from the
   *                 same week, so it must match
   */
  public WeeklyReportQuery(SparkSession spark, Lakehouse lakehouse, String timeZone) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.timeZone = timeZone;
  }

  /** The report week asked for has no row in {@code gold.sentiment_weekly}. */
  public static final class WeekNotFoundException extends RuntimeException {
    WeekNotFoundException(String message) {
      super(message);
    }
  }

  /**
   * The week to report when none is asked for: the week the latest successful churn run raised its
   * alerts for (the last whole week before its as-of date), so the report and the alerts file agree
   * and a week that has only just begun is not reported as if it were over; without such a run, or
   * when that week has no posts, the latest week with posts.
   */
  public IsoWeek defaultWeek() {
    Dataset<Row> runLog = lakehouse.exists(spark, Table.OPS_RUN_LOG) ? lakehouse.read(spark, Table.OPS_RUN_LOG) : null;
    return defaultWeek(runLog, read(Table.GOLD_SENTIMENT_WEEKLY)).orElseGet(this::latestWeek);
  }

  /** {@link #defaultWeek()} on given tables; empty when the latest week with posts should be used. */
  static Optional<IsoWeek> defaultWeek(Dataset<Row> runLog, Dataset<Row> sentimentWeekly) {
    if (runLog == null) {
      return Optional.empty();
    }
    List<Row> latest = runLog.filter(col("stage").equalTo(ChurnJob.STAGE).and(col("status").equalTo(RunLog.SUCCESS))
        .and(col("as_of").isNotNull())).orderBy(col("finished_at").desc()).select("as_of").limit(1).collectAsList();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    LocalDate week = AlertRule.alertWeek(latest.get(0).getDate(0).toLocalDate());
    boolean hasPosts = !sentimentWeekly.filter(col("week_start").equalTo(Date.valueOf(week))).isEmpty();
    return hasPosts ? Optional.of(IsoWeek.of(week)) : Optional.empty();
  }

  /** The latest week that has posts in {@code gold.sentiment_weekly}. */
  public IsoWeek latestWeek() {
    Row range = weekRange(read(Table.GOLD_SENTIMENT_WEEKLY));
    if (range.isNullAt(1)) {
      throw new WeekNotFoundException(Table.GOLD_SENTIMENT_WEEKLY.qualifiedName() + " has no weeks yet");
    }
    return IsoWeek.of(range.getDate(1).toLocalDate());
  }

  public WeeklyReport load(IsoWeek week) {
    Dataset<Row> sentiment = read(Table.GOLD_SENTIMENT_WEEKLY);
    if (sentiment.filter(col("week_start").equalTo(date(week.start()))).isEmpty()) {
      Row range = weekRange(sentiment);
      throw new WeekNotFoundException(range.isNullAt(0)
          ? Table.GOLD_SENTIMENT_WEEKLY.qualifiedName() + " has no weeks yet"
          : String.format("no posts in week %s; %s holds %s to %s", week, Table.GOLD_SENTIMENT_WEEKLY.qualifiedName(),
              IsoWeek.of(range.getDate(0).toLocalDate()), IsoWeek.of(range.getDate(1).toLocalDate())));
    }
    List<ThemeMentions> themes = themeMentions(read(Table.GOLD_THEME_WEEKLY), week);
    Map<IsoWeek, WeekTotals> totals = weekTotals(sentiment, themes, week);
    List<RisingTheme> rising = new ArrayList<>();
    List<ThemeMentions> top = risingThemes(themes);
    if (!top.isEmpty()) {
      Map<String, List<EvidencePost>> evidence = evidence(
          TrendsTransform.withWeek(read(Table.SILVER_SCORED_POSTS), timeZone), week, top, timeZone);
      for (ThemeMentions t : top) {
        rising.add(new RisingTheme(t.lang(), t.theme(), t.thisWeek(), t.lastWeek(),
            evidence.getOrDefault(key(t.lang(), t.theme()), List.of())));
      }
    }
    // The churn stage may not have run yet (it is scheduled separately from trends).
    Optional<ChurnAssessment> churn = lakehouse.exists(spark, Table.GOLD_CHURN_RISK)
        ? churnAssessment(read(Table.GOLD_CHURN_RISK), week) : Optional.empty();
    return new WeeklyReport(week, totals.getOrDefault(week, WeekTotals.NONE),
        totals.getOrDefault(week.previous(), WeekTotals.NONE), sentimentTrend(sentiment, week), themes, churn, rising);
  }

  private Dataset<Row> read(Table table) {
    if (!lakehouse.exists(spark, table)) {
      throw new IllegalStateException(table.qualifiedName() + " does not exist in " + lakehouse.root()
          + "; run the pipeline (trustwatch run, or trustwatch demo) first");
    }
    return lakehouse.read(spark, table);
  }

  private static Row weekRange(Dataset<Row> weekly) {
    return weekly.agg(min("week_start"), max("week_start")).first();
  }

  /**
   * Totals of the report week and the week before (a week without posts has no entry); theme
   * mentions come from {@link #themeMentions} of the same week.
   */
  static Map<IsoWeek, WeekTotals> weekTotals(Dataset<Row> sentimentWeekly, List<ThemeMentions> themes, IsoWeek week) {
    Map<IsoWeek, Long> mentions = Map.of(
        week, themes.stream().mapToLong(ThemeMentions::thisWeek).sum(),
        week.previous(), themes.stream().mapToLong(ThemeMentions::lastWeek).sum());
    Map<IsoWeek, WeekTotals> totals = new HashMap<>();
    for (Row r : withSentimentCounts(sentimentWeekly
            .filter(col("week_start").isin(date(week.start()), date(week.previous().start()))))
        .groupBy("week_start")
        .agg(sum("posts"), sum("scored_posts"), sum("positive_posts"), sum("negative_posts")).collectAsList()) {
      IsoWeek w = IsoWeek.of(r.getDate(0).toLocalDate());
      totals.put(w, new WeekTotals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), mentions.get(w)));
    }
    return totals;
  }

  /**
   * Net sentiment per language and week over the {@value WeeklyReport#TREND_WEEKS} weeks up to
   * {@code week}, from the positive and negative post counts of every source and brand.
   */
  static List<SentimentPoint> sentimentTrend(Dataset<Row> sentimentWeekly, IsoWeek week) {
    IsoWeek first = week.minusWeeks(WeeklyReport.TREND_WEEKS - 1);
    List<SentimentPoint> points = new ArrayList<>();
    for (Row r : withSentimentCounts(sentimentWeekly
            .filter(col("week_start").between(date(first.start()), date(week.start()))))
        .groupBy("week_start", "lang")
        .agg(sum("scored_posts").as("scored"), sum("positive_posts").as("positive"), sum("negative_posts").as("negative"))
        .filter(col("scored").gt(0))
        .orderBy("week_start", "lang")
        .collectAsList()) {
      long scored = r.getLong(2);
      points.add(new SentimentPoint(IsoWeek.of(r.getDate(0).toLocalDate()), r.getString(1), scored,
          (r.getLong(3) - r.getLong(4)) / (double) scored));
    }
    return points;
  }

  /** Turns gold's shares back into counts: a share times the posts it was taken over is a whole number. */
  private static Dataset<Row> withSentimentCounts(Dataset<Row> sentimentWeekly) {
    return sentimentWeekly
        .withColumn("positive_posts", coalesce(round(col("share_positive").multiply(col("scored_posts"))), lit(0.0))
            .cast("long"))
        .withColumn("negative_posts", coalesce(round(col("share_negative").multiply(col("scored_posts"))), lit(0.0))
            .cast("long"));
  }

  /** Mentions per language and theme in the report week and the week before, summed over brands. */
  static List<ThemeMentions> themeMentions(Dataset<Row> themeWeekly, IsoWeek week) {
    Column thisWeek = col("week_start").equalTo(date(week.start()));
    Column lastWeek = col("week_start").equalTo(date(week.previous().start()));
    List<ThemeMentions> out = new ArrayList<>();
    for (Row r : themeWeekly.filter(thisWeek.or(lastWeek))
        .groupBy("lang", "theme")
        .agg(sum(when(thisWeek, col("mentions")).otherwise(0L)), sum(when(lastWeek, col("mentions")).otherwise(0L)))
        .orderBy("lang", "theme")
        .collectAsList()) {
      out.add(new ThemeMentions(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3)));
    }
    return out;
  }

  /** Themes mentioned more often than last week: largest increase first, then most mentions. */
  static List<ThemeMentions> risingThemes(List<ThemeMentions> themes) {
    return themes.stream()
        .filter(t -> t.change() > 0)
        .sorted(Comparator.comparingLong(ThemeMentions::change).reversed()
            .thenComparing(Comparator.comparingLong(ThemeMentions::thisWeek).reversed())
            .thenComparing(ThemeMentions::lang)
            .thenComparing(ThemeMentions::theme))
        .limit(RISING_THEMES)
        .toList();
  }

  /**
   * Up to {@value #EVIDENCE_PER_THEME} posts of the report week per (language, theme) of
   * {@code themes}, most confident match first, keyed by {@link #key}.
   *
   * @param postsWithWeek {@code silver.scored_posts} with {@link TrendsTransform#withWeek}'s columns
   */
  static Map<String, List<EvidencePost>> evidence(Dataset<Row> postsWithWeek, IsoWeek week, List<ThemeMentions> themes,
      String timeZone) {
    String[] keys = themes.stream().map(t -> key(t.lang(), t.theme())).toArray(String[]::new);
    Dataset<Row> matches = postsWithWeek
        .filter(col("iso_week").equalTo(week.toString()))
        .select(col("post_id"), col("created_at"), col("lang"), col("brand"), col("customer_key"), col("text"),
            explode(col("themes")).as("t"))
        .withColumn("key", concat_ws("/", col("lang"), col("t.code")))
        .filter(col("key").isin((Object[]) keys))
        .withColumn("rank", row_number().over(Window.partitionBy("key")
            .orderBy(col("t.confidence").desc(), col("created_at"), col("post_id"))))
        .filter(col("rank").leq(EVIDENCE_PER_THEME))
        .select(col("key"), to_date(from_utc_timestamp(col("created_at"), timeZone)).as("date"), col("lang"),
            col("brand"), col("customer_key"), col("text"), col("t.start").as("start"), col("t.end").as("end"),
            col("rank"))
        .orderBy("key", "rank");
    Map<String, List<EvidencePost>> out = new HashMap<>();
    for (Row r : matches.collectAsList()) {
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new EvidencePost(r.getDate(1).toLocalDate(),
          r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7)));
    }
    return out;
  }

  static String key(String lang, String theme) {
    return lang + "/" + theme;
  }

  /**
   * The latest churn assessment made on or before the Monday after the report week (the usual day
   * to run the job for the week just ended, and the as-of whose alerts speak about this week), so a
   * week's report never shows risk computed from a later week's posts; with the one before it for
   * comparison.
   */
  static Optional<ChurnAssessment> churnAssessment(Dataset<Row> churnRisk, IsoWeek week) {
    List<LocalDate> asOfs = churnRisk.filter(col("as_of").leq(date(week.end().plusDays(1))))
        .select("as_of").distinct().orderBy(col("as_of").desc()).limit(2)
        .collectAsList().stream().map(r -> r.getDate(0).toLocalDate()).toList();
    if (asOfs.isEmpty()) return Optional.empty();
    LocalDate asOf = asOfs.get(0);
    Dataset<Row> assessed = churnRisk.filter(col("as_of").equalTo(date(asOf)));
    List<BandCount> counts = new ArrayList<>();
    for (Row r : assessed.groupBy(coalesce(col("lang"), lit("und")).as("lang"), col("risk_band"))
        .agg(count(lit(1))).orderBy("lang", "risk_band").collectAsList()) {
      counts.add(new BandCount(r.getString(0), r.getString(1), r.getLong(2)));
    }
    List<AtRiskCustomer> highest = new ArrayList<>();
    for (Row r : assessed.filter(col("risk_band").equalTo("high"))
        .orderBy(col("risk_score").desc(), col("customer_key"))
        .limit(HIGHEST_RISK_CUSTOMERS)
        .select("customer_key", "lang", "brand", "risk_score", "is_silent", "reasons")
        .collectAsList()) {
      highest.add(new AtRiskCustomer(r.getString(0), r.getString(1), r.getString(2), r.getDouble(3), r.getBoolean(4),
          r.getList(5)));
    }
    Optional<PriorAssessment> prior = asOfs.size() < 2 ? Optional.empty()
        : Optional.of(new PriorAssessment(asOfs.get(1), churnRisk
            .filter(col("as_of").equalTo(date(asOfs.get(1))).and(col("risk_band").equalTo("high"))).count()));
    return Optional.of(new ChurnAssessment(asOf, counts, highest, prior));
  }

  private static Date date(LocalDate d) {
    return Date.valueOf(d);
  }
}
