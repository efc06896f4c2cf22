package io.trustwatch.jobs.privacy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * Erases one customer from every table with Delta DELETE: bronze by the raw identifier (as
 * {@code customer_id}, or as {@code author} where the source had no id), quarantine by the
 * identifier inside the raw record, silver and gold by the pseudonymous key.
 *
 * <p>DELETE removes the rows from the current table version; the old data files stay until
 * {@code VACUUM} removes them after the retention period (README, "Erasure").
 */
public final class ErasureJob {

  private final SparkSession spark;
  private final Lakehouse lakehouse;

  public ErasureJob(SparkSession spark, Lakehouse lakehouse) {
    this.spark = spark;
    this.lakehouse = lakehouse;
  }

  /** @return table -> rows deleted, for every table that exists */
  public Map<Table, Long> erase(String customerId, CustomerPseudonymiser pseudonyms) {
    Map<Table, Long> removed = new EnumMap<>(Table.class);
    Column id = lit(customerId);
    if (lakehouse.exists(spark, Table.BRONZE_POSTS)) {
      removed.put(Table.BRONZE_POSTS, lakehouse.delete(spark, Table.BRONZE_POSTS, col("customer_id").equalTo(id)
          .or(col("customer_id").isNull().and(col("author").equalTo(id)))));
    }
    if (lakehouse.exists(spark, Table.BRONZE_QUARANTINE)) {
      removed.put(Table.BRONZE_QUARANTINE, lakehouse.delete(spark, Table.BRONZE_QUARANTINE,
          get_json_object(col("raw"), "$.customer_id").equalTo(id)
              .or(get_json_object(col("raw"), "$.author").equalTo(id))));
    }
    removed.putAll(new OptOutEnforcer(spark, lakehouse).removeKeys(Set.of(pseudonyms.pseudonymise(customerId))));
    return removed;
  }
}
