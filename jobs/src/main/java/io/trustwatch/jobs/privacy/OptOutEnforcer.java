package io.trustwatch.jobs.privacy;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import io.trustwatch.jobs.alerts.AlertsExport;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Deletes rows of given customer keys from every table keyed by {@code customer_key}, takes their
 * posts' quotes out of the alerts that cite them, and rewrites the alert exports.
 */
public final class OptOutEnforcer {

  /** Tables that carry the pseudonymous {@code customer_key}. */
  public static final List<Table> KEYED_TABLES = List.of(
      Table.SILVER_SCORED_POSTS, Table.GOLD_CUSTOMER_WEEKLY, Table.GOLD_CHURN_RISK, Table.GOLD_ALERTS);

  private final SparkSession spark;
  private final Lakehouse lakehouse;

  public OptOutEnforcer(SparkSession spark, Lakehouse lakehouse) {
    this.spark = spark;
    this.lakehouse = lakehouse;
  }

  /** @return rows deleted in all keyed tables together */
  public long removeFromDerivedTables(Set<String> customerKeys) {
    return removeKeys(customerKeys).deleted().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Deletes the keys' rows from every keyed table that exists and unquotes their posts in the alerts. */
  public Removal removeKeys(Set<String> customerKeys) {
    Map<Table, Long> removed = new java.util.EnumMap<>(Table.class);
    if (customerKeys.isEmpty()) return new Removal(removed, 0);
    Column theirs = col("customer_key").isin(customerKeys.toArray());
    for (Table table : KEYED_TABLES) {
      if (lakehouse.exists(spark, table)) removed.put(table, lakehouse.delete(spark, table, theirs));
    }
    long unquoted = 0;
    if (removed.getOrDefault(Table.SILVER_SCORED_POSTS, 0L) > 0 && lakehouse.exists(spark, Table.GOLD_ALERTS)) {
      // The version before this DELETE still holds the posts; nothing else writes silver meanwhile.
      long beforeDelete = lakehouse.version(spark, Table.SILVER_SCORED_POSTS) - 1;
      unquoted = unquote(lakehouse.readAt(spark, Table.SILVER_SCORED_POSTS, beforeDelete).filter(theirs));
    }
    // The alert exports are copies of gold.alerts outside Delta; they must forget the customer too.
    if (unquoted > 0 || removed.getOrDefault(Table.GOLD_ALERTS, 0L) > 0) {
      new AlertsExport(spark, lakehouse).rewriteAll();
    }
    return new Removal(removed, unquoted);
  }

  /**
   * @param deleted        table -> rows deleted, for every keyed table that exists
   * @param alertsUnquoted alerts about others (rising themes) that quoted these customers' posts and no longer do
   */
  public record Removal(Map<Table, Long> deleted, long alertsUnquoted) {}

  /**
   * Takes the theme evidence of {@code posts} out of every alert citing it. Rising-theme alerts cite
   * the week's theme examples, which are such evidence: redacted, but still the customer's words. The
   * weekly tables drop them when trends rebuild the weeks that lost posts; alerts are never rebuilt.
   *
   * @return alerts changed
   */
  private long unquote(Dataset<Row> posts) {
    String[] quotes = posts.select(explode(col("themes.evidence")).as("quote")).filter(col("quote").isNotNull())
        .distinct().as(Encoders.STRING()).collectAsList().toArray(String[]::new);
    if (quotes.length == 0) return 0;
    Column quoted = lit(quotes);
    var alerts = lakehouse.deltaTable(spark, Table.GOLD_ALERTS).orElseThrow();
    long before = Lakehouse.version(alerts);
    alerts.update(arrays_overlap(col("evidence"), quoted),
        Map.of("evidence", filter(col("evidence"), quote -> not(array_contains(quoted, quote)))));
    return Long.parseLong(Lakehouse.metricsSince(alerts, before, "UPDATE").getOrDefault("numUpdatedRows", "0"));
  }
}
