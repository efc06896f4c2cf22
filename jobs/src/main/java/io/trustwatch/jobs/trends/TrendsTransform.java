package io.trustwatch.jobs.trends;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.themes.ThemeCode;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Weekly trend tables from {@code silver.scored_posts}, with no I/O. Weeks are ISO weeks
 * (Monday start) in the configured time zone. Week-over-week change compares with the same group's
 * previous calendar week (null when that week had no posts); anomalies follow {@link AnomalyRule}.
 */
public final class TrendsTransform {

  static final String ROBUST_Z = "trustwatch_robust_z";

  /** The columns of {@link #withWeek}'s output that the weekly tables read. */
  public static final List<String> COLUMNS = List.of("week_start", "iso_week", "lang", "source", "brand",
      "customer_key", "post_id", "sentiment", "sentiment_score", "themes", "theme_codes", "churn_intent", "rating");

  private TrendsTransform() {}

  /** Adds {@code week_start} (Monday, in {@code timeZone}) and {@code iso_week} (e.g. 2026-W07). */
  public static Dataset<Row> withWeek(Dataset<Row> posts, String timeZone) {
    Column local = from_utc_timestamp(col("created_at"), timeZone);
    Column weekStart = to_date(date_trunc("week", local));
    return posts.withColumn("week_start", weekStart)
        // The ISO year is the year of the week's Thursday.
        .withColumn("iso_week", concat(year(date_add(weekStart, 3)).cast("string"), lit("-W"),
            lpad(weekofyear(weekStart).cast("string"), 2, "0")));
  }

  public static Dataset<Row> sentimentWeekly(Dataset<Row> weekly) {
    return sentimentWithChange(sentimentAggregates(weekly));
  }

  /** {@code gold.sentiment_weekly}'s columns before the week-over-week change and anomaly ones. */
  public static Dataset<Row> sentimentAggregates(Dataset<Row> weekly) {
    return weekly
        .withColumn("brand", coalesce(col("brand"), lit("(none)")))
        .groupBy("week_start", "iso_week", "lang", "source", "brand")
        .agg(count(lit(1)).as("posts"),
            countDistinct("customer_key").as("customers"),
            count("sentiment_score").as("scored_posts"),
            avg("sentiment_score").as("mean_sentiment"),
            avg(when(col("sentiment").equalTo("negative"), 1.0).when(col("sentiment").isNotNull(), 0.0))
                .as("share_negative"),
            avg(when(col("sentiment").equalTo("positive"), 1.0).when(col("sentiment").isNotNull(), 0.0))
                .as("share_positive"))
        .withColumn("net_sentiment", col("share_positive").minus(col("share_negative")));
  }

  /**
   * Adds the change and anomaly columns to {@link #sentimentAggregates} rows; a week's are right when the
   * rows hold the {@value AnomalyRule#TRAILING_WEEKS} weeks before it.
   */
  public static Dataset<Row> sentimentWithChange(Dataset<Row> aggregates) {
    return withChangeAndAnomaly(aggregates, List.of("lang", "source", "brand"), "net_sentiment",
        "net_sentiment_change", AnomalyRule.MAD_FLOOR);
  }

  /** The {@link #sentimentAggregates} rows of a {@code gold.sentiment_weekly} table. */
  public static Dataset<Row> sentimentAggregatesOf(Dataset<Row> sentimentWeekly) {
    return sentimentWeekly.drop("net_sentiment_change", "robust_z", "anomaly");
  }

  /**
   * Mentions per theme, language, brand and week. Anomalies are judged on a grid where a theme not
   * mentioned in a week its language and brand had posts counts as zero: a theme that appears out of
   * nowhere is the news, and without the zeros it would have no history to stand out from. Rows
   * with no mentions are left out of the table.
   */
  public static Dataset<Row> themeWeekly(Dataset<Row> weekly) {
    return themeWithChange(themeGrid(weekly));
  }

  /**
   * Every theme in every week, language and brand that had posts, with its {@code mentions} (0 when the
   * theme was not mentioned), {@code customers}, {@code share_of_posts} and {@code examples}.
   */
  public static Dataset<Row> themeGrid(Dataset<Row> weekly) {
    Dataset<Row> withBrand = weekly.withColumn("brand", coalesce(col("brand"), lit("(none)")));
    Dataset<Row> groupPosts = withBrand.groupBy("week_start", "iso_week", "lang", "brand")
        .agg(count(lit(1)).as("group_posts"));
    Dataset<Row> grid = withEveryTheme(groupPosts);
    WindowSpec strongestFirst = Window.partitionBy("week_start", "lang", "brand", "theme")
        .orderBy(col("confidence").desc(), col("post_id"));
    Dataset<Row> mentions = withBrand
        .select(col("week_start"), col("lang"), col("brand"), col("customer_key"),
            col("post_id"), explode(col("themes")).as("t"))
        .select(col("week_start"), col("lang"), col("brand"), col("customer_key"), col("post_id"),
            col("t.code").as("theme"), col("t.confidence").as("confidence"), col("t.evidence").as("evidence"))
        .withColumn("_rank", row_number().over(strongestFirst));
    Dataset<Row> agg = mentions.groupBy("week_start", "lang", "brand", "theme")
        .agg(count(lit(1)).as("mentions"),
            countDistinct("customer_key").as("customers"),
            // Three strongest pieces of (already redacted) evidence, in a stable order.
            slice(array_sort(collect_list(when(col("_rank").leq(3),
                concat(lpad(col("_rank").cast("string"), 2, "0"), lit("\u0001"), col("evidence"))))), 1, 3)
                .as("_examples"));
    Dataset<Row> filled = grid.join(agg, ScalaColumns.array(List.of("week_start", "lang", "brand", "theme")), "left")
        .withColumn("mentions", coalesce(col("mentions"), lit(0L)))
        .withColumn("customers", coalesce(col("customers"), lit(0L)))
        .withColumn("share_of_posts", col("mentions").divide(col("group_posts")))
        .withColumn("examples", org.apache.spark.sql.functions.transform(
            coalesce(col("_examples"), org.apache.spark.sql.functions.array().cast("array<string>")),
            e -> org.apache.spark.sql.functions.substring_index(e, "\u0001", -1)))
        .drop("_examples", "group_posts");
    return filled.select(GRID_COLUMNS);
  }

  /** One row per theme code for each row of {@code groups}, the theme in column {@code theme}. */
  private static Dataset<Row> withEveryTheme(Dataset<Row> groups) {
    Column[] codes = Arrays.stream(ThemeCode.values()).map(c -> lit(c.code())).toArray(Column[]::new);
    return groups.withColumn("theme", explode(org.apache.spark.sql.functions.array(codes)));
  }

  private static final Column[] GRID_COLUMNS = java.util.stream.Stream.of("week_start", "lang", "brand", "theme",
      "iso_week", "mentions", "customers", "share_of_posts", "examples").map(c -> col(c)).toArray(Column[]::new);

  /**
   * {@code gold.theme_weekly}'s rows from {@link #themeGrid} rows: adds the change and anomaly columns
   * and drops the unmentioned themes; a week's are right when the grid holds the
   * {@value AnomalyRule#TRAILING_WEEKS} weeks before it.
   */
  public static Dataset<Row> themeWithChange(Dataset<Row> grid) {
    return withChangeAndAnomaly(grid.withColumn("mentions_d", col("mentions").cast("double")),
        List.of("lang", "brand", "theme"), "mentions_d", "mentions_change", AnomalyRule.COUNT_MAD_FLOOR)
        .filter(col("mentions").gt(0))
        .drop("mentions_d");
  }

  /**
   * The {@link #themeGrid} rows of written gold tables: a week, language and brand had posts when
   * {@code gold.sentiment_weekly} has a row for them, and a theme it lacks in {@code gold.theme_weekly}
   * had no mention there.
   */
  public static Dataset<Row> themeGridOf(Dataset<Row> sentimentWeekly, Dataset<Row> themeWeekly) {
    Dataset<Row> grid = withEveryTheme(sentimentWeekly.select("week_start", "iso_week", "lang", "brand").distinct());
    Dataset<Row> mentioned = themeWeekly.select("week_start", "lang", "brand", "theme", "mentions", "customers",
        "share_of_posts", "examples");
    return grid.join(mentioned, ScalaColumns.array(List.of("week_start", "lang", "brand", "theme")), "left")
        .withColumn("mentions", coalesce(col("mentions"), lit(0L)))
        .withColumn("customers", coalesce(col("customers"), lit(0L)))
        .withColumn("share_of_posts", coalesce(col("share_of_posts"), lit(0.0)))
        .withColumn("examples", coalesce(col("examples"), org.apache.spark.sql.functions.array().cast("array<string>")))
        .select(GRID_COLUMNS);
  }

  public static Dataset<Row> customerWeekly(Dataset<Row> weekly) {
    return weekly.filter(col("customer_key").isNotNull())
        .groupBy("customer_key", "week_start", "iso_week")
        .agg(count(lit(1)).as("posts"),
            avg("sentiment_score").as("mean_sentiment"),
            array_sort(flatten(collect_set(coalesce(col("theme_codes"), org.apache.spark.sql.functions.array()))))
                .as("_themes"),
            max(col("churn_intent").cast("int")).equalTo(1).as("churn_intent"),
            avg("rating").as("rating_avg"),
            mode(col("lang")).as("lang"),
            first(col("brand"), true).as("brand"))
        .withColumn("themes", org.apache.spark.sql.functions.array_distinct(col("_themes")))
        .drop("_themes");
  }

  /**
   * Adds the week-over-week change of {@code value} and the anomaly columns ({@code robust_z},
   * {@code anomaly}) per group, looking back over calendar weeks (gaps count as weeks).
   */
  private static Dataset<Row> withChangeAndAnomaly(Dataset<Row> agg, List<String> group, String value, String changeName,
      double madFloor) {
    Column weekIndex = org.apache.spark.sql.functions.datediff(col("week_start"), lit("1970-01-05")).divide(7).cast("long");
    Column[] keys = group.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    WindowSpec byWeek = Window.partitionBy(keys).orderBy("_week_index");
    WindowSpec trailing = byWeek.rangeBetween(-AnomalyRule.TRAILING_WEEKS, -1);
    Dataset<Row> withIndex = agg.withColumn("_week_index", weekIndex);
    return withIndex
        .withColumn("_prev_index", lag(col("_week_index"), 1).over(byWeek))
        .withColumn("_prev_value", lag(col(value), 1).over(byWeek))
        .withColumn(changeName, when(col("_prev_index").equalTo(col("_week_index").minus(1)),
            col(value).minus(col("_prev_value"))))
        .withColumn("_trailing", collect_list(col(value)).over(trailing))
        .withColumn("robust_z", call_udf(ROBUST_Z, col("_trailing"), col(value), lit(madFloor)))
        .withColumn("anomaly", coalesce(org.apache.spark.sql.functions.abs(col("robust_z"))
            .geq(AnomalyRule.THRESHOLD), lit(false)))
        .drop("_week_index", "_prev_index", "_prev_value", "_trailing");
  }

  /** Registers the robust z-score UDF once per session (idempotent). */
  public static void registerFunctions(SparkSession spark) {
    if (spark.catalog().functionExists(ROBUST_Z)) return;
    spark.udf().register(ROBUST_Z, (UDF3<scala.collection.Seq<Double>, Double, Double, Double>) (trailing, x, floor) ->
        AnomalyRule.robustZ(trailing == null ? null : scala.jdk.javaapi.CollectionConverters.asJava(trailing), x, floor),
        DataTypes.DoubleType);
  }
}
