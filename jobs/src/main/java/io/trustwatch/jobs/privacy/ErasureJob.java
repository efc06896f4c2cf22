package io.trustwatch.jobs.privacy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * Erases one customer from every table with Delta DELETE: bronze by the raw identifier (as
 * {@code customer_id}, or as {@code author} where the source had no id), quarantine by the
 * identifier inside the raw record, silver and gold by the pseudonymous key; then rebuilds the weeks
 * of the weekly tables the customer posted in, as those count and quote their posts.
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

  /** @param runId the run the weekly rebuild is logged under */
  public Erasure erase(String runId, String customerId, CustomerPseudonymiser pseudonyms) {
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
    OptOutEnforcer.Removal derived = new OptOutEnforcer(spark, lakehouse)
        .removeKeys(Set.of(pseudonyms.pseudonymise(customerId)));
    removed.putAll(derived.deleted());
    if (removed.getOrDefault(Table.SILVER_SCORED_POSTS, 0L) == 0) {
      return new Erasure(removed, derived.alertsUnquoted(), Optional.empty());
    }
    // Rebuilt in the zone the weeks were cut in; with no zone on record the next run, in its own
    // zone, rebuilds them instead.
    RunLog runLog = new RunLog(lakehouse);
    Optional<String> zone = TrendsJob.latestTimeZone(spark, runLog);
    zone.ifPresent(z -> new TrendsJob(spark, lakehouse, z, runLog).runChanged(runId));
    return new Erasure(removed, derived.alertsUnquoted(), zone);
  }

  /**
   * @param removed        table -> rows deleted, for every table that exists
   * @param alertsUnquoted alerts that kept their row but quoted the customer's posts, which they no longer do
   * @param weeklyRebuilt  the time zone the weekly tables' weeks were rebuilt in; empty when they were
   *                       not (no post left silver, or no trends run recorded its zone)
   */
  public record Erasure(Map<Table, Long> removed, long alertsUnquoted, Optional<String> weeklyRebuilt) {}
}
