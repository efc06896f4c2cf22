package io.trustwatch.jobs.alerts;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring;

import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * This week's alerts from the gold tables, with no I/O: sentiment drops and rising trust-breaking
 * themes per language and brand, and customers who newly became silent high-risk churners. Which
 * rows qualify, and why an alert is raised once, is {@link AlertRule}.
 */
public final class AlertsTransform {

  public static final String SENTIMENT_DROP = "sentiment_drop";
  public static final String THEME_RISING = "theme_rising";
  public static final String SILENT_CHURNER = "silent_churner";

  /** Columns of {@code gold.alerts} this transform produces (the job adds who raised it and when). */
  public static final StructType SCHEMA = new StructType()
      .add("alert_id", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("week_start", DataTypes.DateType, false)
      .add("iso_week", DataTypes.StringType, false)
      .add("lang", DataTypes.StringType, true)
      .add("brand", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("theme", DataTypes.StringType, true)
      .add("customer_key", DataTypes.StringType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("change", DataTypes.DoubleType, true)
      .add("robust_z", DataTypes.DoubleType, true)
      .add("evidence", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("summary", DataTypes.StringType, false);

  private AlertsTransform() {}

  /**
   * @param week the Monday of the week alerts speak about ({@link AlertRule#alertWeek})
   * @param asOf the churn-risk snapshot whose new silent high-risk customers are raised
   */
  public static Dataset<Row> alerts(Dataset<Row> sentimentWeekly, Dataset<Row> themeWeekly, Dataset<Row> churnRisk,
      LocalDate week, LocalDate asOf) {
    return sentimentDrops(sentimentWeekly, week)
        .unionByName(risingThemes(themeWeekly, week))
        .unionByName(newSilentChurners(churnRisk, week, asOf));
  }

  static Dataset<Row> sentimentDrops(Dataset<Row> sentimentWeekly, LocalDate week) {
    Column dropping = col("anomaly").and(col("robust_z").lt(0))
        .and(col("scored_posts").geq(AlertRule.MIN_SCORED_POSTS));
    List<String> group = List.of("lang", "source", "brand");
    return episodeStarts(sentimentWeekly, week, group, dropping).select(
        id(SENTIMENT_DROP, col("lang"), col("source"), col("brand"), col("iso_week")).as("alert_id"),
        lit(SENTIMENT_DROP).as("kind"), col("week_start"), col("iso_week"), col("lang"), col("brand"),
        col("source"), lit(null).cast("string").as("theme"), lit(null).cast("string").as("customer_key"),
        col("net_sentiment").as("value"), col("net_sentiment_change").as("change"), col("robust_z"),
        array().cast("array<string>").as("evidence"),
        format_string("Net sentiment fell to %+.2f in %s / %s / %s (%s posts, robust z %.1f)",
            col("net_sentiment"), col("lang"), col("brand"), col("source"), col("scored_posts"), col("robust_z"))
            .as("summary"));
  }

  static Dataset<Row> risingThemes(Dataset<Row> themeWeekly, LocalDate week) {
    Column rising = col("anomaly").and(col("robust_z").gt(0))
        .and(col("mentions").geq(AlertRule.MIN_MENTIONS)).and(col("customers").geq(AlertRule.MIN_CUSTOMERS));
    List<String> group = List.of("lang", "brand", "theme");
    return episodeStarts(themeWeekly, week, group, rising).select(
        id(THEME_RISING, col("lang"), col("brand"), col("theme"), col("iso_week")).as("alert_id"),
        lit(THEME_RISING).as("kind"), col("week_start"), col("iso_week"), col("lang"), col("brand"),
        lit(null).cast("string").as("source"), col("theme"), lit(null).cast("string").as("customer_key"),
        col("mentions").cast("double").as("value"), col("mentions_change").as("change"), col("robust_z"),
        slice(coalesce(col("examples"), array().cast("array<string>")), 1, AlertRule.MAX_EVIDENCE).as("evidence"),
        format_string("%s is rising in %s / %s: %s mentions from %s customers (robust z %.1f)",
            col("theme"), col("lang"), col("brand"), col("mentions"), col("customers"), col("robust_z"))
            .as("summary"));
  }

  /**
   * Customers silent and in the high band at {@code asOf} who were not both at the previous
   * snapshot; without an earlier snapshot every such customer is new.
   */
  static Dataset<Row> newSilentChurners(Dataset<Row> churnRisk, LocalDate week, LocalDate asOf) {
    Column silentHigh = col("is_silent").and(col("risk_band").equalTo("high"));
    Dataset<Row> now = churnRisk.filter(col("as_of").equalTo(lit(asOf)).and(silentHigh));
    Dataset<Row> earlier = churnRisk.filter(col("as_of").lt(lit(asOf)));
    Dataset<Row> previous = earlier.join(earlier.agg(max("as_of").as("as_of")), "as_of")
        // Renamed: both sides come from churnRisk, and "customer_key = customer_key" on one lineage
        // is a trivially true predicate that only Spark's self-join rewrite makes right.
        .filter(silentHigh).select(col("customer_key").as("previous_key"));
    String isoWeek = IsoWeek.of(week).toString();
    return now.join(previous, now.col("customer_key").equalTo(previous.col("previous_key")), "left_anti")
        .select(
            id(SILENT_CHURNER, col("customer_key"), lit(isoWeek)).as("alert_id"),
            lit(SILENT_CHURNER).as("kind"), lit(week).as("week_start"), lit(isoWeek).as("iso_week"), col("lang"),
            col("brand"), lit(null).cast("string").as("source"), lit(null).cast("string").as("theme"),
            col("customer_key"), col("risk_score").as("value"), lit(null).cast("double").as("change"),
            lit(null).cast("double").as("robust_z"),
            slice(col("reasons"), 1, AlertRule.MAX_EVIDENCE).as("evidence"),
            format_string("Customer %s went quiet %s days ago; churn risk %s (high)",
                col("customer_key"), col("days_since_last_post"), format_number(col("risk_score"), 2))
                .as("summary"));
  }

  /**
   * Rows of {@code week} matching {@code condition} whose group did not match it the week before,
   * i.e. the first week of an episode (the evidence gate is part of the condition, so a small
   * anomaly last week does not swallow a well-evidenced one this week). A group with no row last
   * week did not match.
   */
  private static Dataset<Row> episodeStarts(Dataset<Row> weekly, LocalDate week, List<String> group, Column condition) {
    Dataset<Row> thisWeek = weekly.filter(col("week_start").equalTo(lit(week)).and(condition));
    Dataset<Row> lastWeek = weekly.filter(col("week_start").equalTo(lit(week.minusWeeks(1))).and(condition))
        .select(group.stream().map(c -> col(c).as("_prev_" + c)).toArray(Column[]::new));
    Column sameGroup = group.stream().map(c -> thisWeek.col(c).eqNullSafe(lastWeek.col("_prev_" + c)))
        .reduce(Column::and).orElseThrow();
    return thisWeek.join(lastWeek, sameGroup, "left_anti");
  }

  /**
   * A stable id: the same kind, group and episode always hash to the same 20 hex characters, so
   * a consumer can de-duplicate on it and the table merge inserts an episode once.
   */
  private static Column id(String kind, Column... parts) {
    Column[] all = new Column[parts.length + 1];
    all[0] = lit(kind);
    for (int i = 0; i < parts.length; i++) all[i + 1] = coalesce(parts[i].cast("string"), lit(""));
    return substring(sha2(concat_ws("|", all), 256), 1, 20);
  }
}
