package io.trustwatch.jobs.privacy;

import static org.apache.spark.sql.functions.col;

import io.trustwatch.jobs.alerts.AlertsExport;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/** Deletes rows of given customer keys from every table keyed by {@code customer_key}, and from the alert exports. */
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
    return removeKeys(customerKeys).values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return table -> rows deleted */
  public Map<Table, Long> removeKeys(Set<String> customerKeys) {
    Map<Table, Long> removed = new java.util.EnumMap<>(Table.class);
    if (customerKeys.isEmpty()) return removed;
    Object[] keys = customerKeys.toArray();
    for (Table table : KEYED_TABLES) {
      if (lakehouse.exists(spark, table)) {
        removed.put(table, lakehouse.delete(spark, table, col("customer_key").isin(keys)));
      }
    }
    // The alert exports are copies of gold.alerts outside Delta; they must forget the customer too.
    if (removed.getOrDefault(Table.GOLD_ALERTS, 0L) > 0) new AlertsExport(spark, lakehouse).rewriteAll();
    return removed;
  }
}
