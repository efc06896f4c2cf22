package io.trustwatch.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TrendsTransformIT {

  private static final StructType THEME = new StructType()
      .add("code", DataTypes.StringType).add("confidence", DataTypes.DoubleType).add("evidence", DataTypes.StringType);
  private static final StructType WEEKLY = new StructType()
      .add("week_start", DataTypes.DateType).add("iso_week", DataTypes.StringType)
      .add("lang", DataTypes.StringType).add("brand", DataTypes.StringType)
      .add("customer_key", DataTypes.StringType).add("post_id", DataTypes.StringType)
      .add("themes", DataTypes.createArrayType(THEME));

  @Test
  void aThemeThatAppearsAfterQuietWeeksIsAnAnomalyAndQuietWeeksAreNotRows() {
    SparkSession spark = SparkTestSession.get();
    TrendsTransform.registerFunctions(spark);
    LocalDate first = LocalDate.of(2026, 9, 7);
    List<Row> rows = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      LocalDate week = first.plusWeeks(w);
      for (int p = 0; p < 4; p++) rows.add(post(week, "c" + p, w + "-" + p, List.of()));
    }
    LocalDate leakWeek = first.plusWeeks(6);
    for (int p = 0; p < 4; p++) {
      rows.add(post(leakWeek, "c" + p, "6-" + p, List.of(RowFactory.create("data_breach", 0.9, "leaked " + p))));
    }
    Dataset<Row> weekly = spark.createDataFrame(rows, WEEKLY);

    List<Row> out = TrendsTransform.themeWeekly(weekly).collectAsList();

    assertEquals(1, out.size(), "weeks without mentions are not rows: " + out);
    Row leak = out.get(0);
    assertEquals(Date.valueOf(leakWeek), leak.getAs("week_start"));
    assertEquals(4L, (long) leak.getAs("mentions"));
    assertEquals(1.0, (double) leak.getAs("share_of_posts"), 1e-9);
    assertEquals(4.0, (double) leak.getAs("mentions_change"), 1e-9, "the week before counts as zero mentions");
    assertTrue(leak.<Boolean>getAs("anomaly"), "z " + leak.getAs("robust_z"));
    assertEquals(List.of("leaked 0", "leaked 1", "leaked 2"), leak.getList(leak.fieldIndex("examples")));
  }

  @Test
  void aWeekComputedOnTheGoldRowsOfTheWeeksBeforeItEqualsOneComputedOnAllPosts() {
    SparkSession spark = SparkTestSession.get();
    TrendsTransform.registerFunctions(spark);
    LocalDate first = LocalDate.of(2026, 9, 7);
    LocalDate last = first.plusWeeks(6);
    List<Row> rows = new ArrayList<>();
    for (int w = 0; w <= 6; w++) {
      LocalDate week = first.plusWeeks(w);
      for (int p = 0; p < 4; p++) {
        // The theme is mentioned in weeks 2 and 6 only: the quiet weeks between must count as zeros.
        List<Row> themes = (w == 2 && p == 0) || w == 6
            ? List.of(RowFactory.create("data_breach", 0.5 + p / 10.0, "leak " + w + p)) : List.of();
        rows.add(post(week, "c" + p, w + "-" + p, themes));
      }
    }
    Dataset<Row> weekly = spark.createDataFrame(rows, WEEKLY);
    Dataset<Row> before = weekly.filter(org.apache.spark.sql.functions.col("week_start").lt(Date.valueOf(last)));
    // What gold holds for the weeks before: theme_weekly's rows, and sentiment_weekly's groups.
    Dataset<Row> goldThemes = TrendsTransform.themeWeekly(before);
    Dataset<Row> goldGroups = before.select("week_start", "iso_week", "lang", "brand").distinct();

    Dataset<Row> fromGold = TrendsTransform.themeWithChange(TrendsTransform.themeGrid(
            weekly.filter(org.apache.spark.sql.functions.col("week_start").equalTo(Date.valueOf(last))))
        .unionByName(TrendsTransform.themeGridOf(goldGroups, goldThemes)));

    assertEquals(1, goldThemes.count(), "week 2's mention");
    List<Row> expected = TrendsTransform.themeWeekly(weekly).filter(
        org.apache.spark.sql.functions.col("week_start").equalTo(Date.valueOf(last))).collectAsList();
    assertEquals(1, expected.size());
    assertEquals(expected, fromGold.filter(
        org.apache.spark.sql.functions.col("week_start").equalTo(Date.valueOf(last))).collectAsList());
  }

  private static Row post(LocalDate week, String customer, String id, List<Row> themes) {
    return RowFactory.create(Date.valueOf(week), "W" + week, "en", "Acme", customer, id,
        scala.jdk.javaapi.CollectionConverters.asScala(themes).toSeq());
  }
}
