package io.trustwatch.jobs.churn;

import io.trustwatch.churn.*;

import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The churn stage's I/O shell: {@code silver.scored_posts} -> {@code gold.churn_risk} for one
 * as-of date. The as-of date's rows are replaced whole, so re-running the same as-of gives the
 * same table, and earlier as-of snapshots stay for trend reading.
 */
public final class ChurnJob {

  public static final String STAGE = "churn";

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final ChurnRiskConfig config;

  public ChurnJob(SparkSession spark, Lakehouse lakehouse, ChurnRiskConfig config) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.config = config;
  }

  public ChurnSummary run(String runId, LocalDate asOf) {
    Instant started = Instant.now();
    Dataset<Row> posts = ChurnTransform.postsUpTo(lakehouse.read(spark, Table.SILVER_SCORED_POSTS), asOf).cache();
    BgNbdFit fit = ChurnTransform.fitActivity(posts, asOf);
    Dataset<Row> risk = ChurnTransform.score(posts, asOf, fit.model(), config).cache();
    Map<String, Long> byBand = new TreeMap<>();
    for (Row r : risk.groupBy("risk_band").count().collectAsList()) byBand.put(r.getString(0), r.getLong(1));
    long silentHigh = risk.filter("is_silent AND risk_band = 'high'").count();
    risk.write().format("delta").mode(SaveMode.Overwrite)
        .option("replaceWhere", "as_of = '" + asOf + "'")
        .save(lakehouse.path(Table.GOLD_CHURN_RISK));
    long customers = byBand.values().stream().mapToLong(Long::longValue).sum();
    Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
    versions.put("bgnbd", fit.parameters().toString() + (fit.usedFallback() ? " (fallback)" : ""));
    new RunLog(lakehouse).append(spark, new RunLog.RunRecord(runId, STAGE, "success", started, Instant.now(),
        List.of(Table.SILVER_SCORED_POSTS.qualifiedName()), null, customers, null, null, versions, asOf, fit.note()));
    posts.unpersist();
    risk.unpersist();
    return new ChurnSummary(customers, byBand, silentHigh, fit);
  }

  /** Customers scored, per band, and how many are silent and high risk (the call list). */
  public record ChurnSummary(long customers, Map<String, Long> byBand, long silentHigh, BgNbdFit fit) {}
}
