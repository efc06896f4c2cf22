package io.trustwatch.jobs.churn;

import io.trustwatch.churn.*;

import static org.apache.spark.sql.functions.col;

import io.trustwatch.jobs.ingest.QuarantineTable;
import io.trustwatch.jobs.ingest.InputReader;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The churn stage's I/O shell: {@code silver.scored_posts} (and optionally an activity table) ->
 * {@code gold.churn_risk} for one as-of date. The as-of date's rows are replaced whole, so re-running
 * the same as-of gives the same table, and earlier as-of snapshots stay for trend reading. Unusable
 * activity records go to {@code bronze.quarantine} (merged on its id, so a re-run adds none twice)
 * and are counted by reason in the run log.
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

  /** Scores every customer on their posting days. */
  public ChurnSummary run(String runId, LocalDate asOf) {
    return run(runId, asOf, Optional.empty());
  }

  /**
   * Scores every customer, on their activity-table days where they have some.
   *
   * @throws java.io.FileNotFoundException when an activity path or glob matches nothing
   */
  public ChurnSummary run(String runId, LocalDate asOf, ActivityInput activity) throws IOException {
    List<String> files = new InputReader(spark).expand(activity.paths());
    return run(runId, asOf, Optional.of(new ActivityFiles(activity, files)));
  }

  private ChurnSummary run(String runId, LocalDate asOf, Optional<ActivityFiles> activity) {
    Instant started = Instant.now();
    Dataset<Row> posts = ChurnTransform.postsUpTo(lakehouse.read(spark, Table.SILVER_SCORED_POSTS), asOf).cache();
    BgNbdFit fit = ChurnTransform.fitActivity(posts, asOf);
    Optional<ActivitySummary> activitySummary = Optional.empty();
    Dataset<Row> activityDays = ActivityTransform.noDays(spark);
    // Without activity days the activity model is never asked, so the posting model stands in.
    BgNbdModel activityModel = fit.model();
    if (activity.isPresent()) {
      ActivityRead read = readActivity(activity.get(), runId, asOf, started);
      activityDays = read.days();
      activitySummary = Optional.of(read.summary());
      activityModel = read.summary().fit().map(BgNbdFit::model).orElse(activityModel);
    }
    Dataset<Row> risk = ChurnTransform.score(posts, activityDays, asOf, fit.model(), activityModel, config).cache();
    Map<String, Long> byBand = counts(risk, "risk_band");
    Map<String, Long> byActivitySource = counts(risk, "activity_source");
    long silentHigh = risk.filter("is_silent AND risk_band = 'high'").count();
    risk.write().format("delta").mode(SaveMode.Overwrite)
        .option("replaceWhere", "as_of = '" + asOf + "'")
        // Tables written before activity_source and days_since_last_activity existed gain the
        // columns (null on their older as-of rows) instead of refusing the write.
        .option("mergeSchema", "true")
        .save(lakehouse.path(Table.GOLD_CHURN_RISK));
    long customers = byBand.values().stream().mapToLong(Long::longValue).sum();
    log(runId, asOf, started, fit, activitySummary, customers);
    posts.unpersist();
    risk.unpersist();
    activityDays.unpersist();
    return new ChurnSummary(customers, byBand, silentHigh, fit, byActivitySource, activitySummary);
  }

  private ActivityRead readActivity(ActivityFiles activity, String runId, LocalDate asOf, Instant referenceTime) {
    ActivityInput input = activity.input();
    List<String> files = activity.files();
    Dataset<Row> checked = ActivityTransform.check(new InputReader(spark).read(files, input.format()),
        input.pseudonyms(), input.optOut(), asOf, referenceTime).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> byOutcome = new TreeMap<>();
    Map<String, Long> quarantinedByReason = new TreeMap<>();
    for (Row r : checked.groupBy("outcome", "reason").count().collectAsList()) {
      byOutcome.merge(r.getString(0), r.getLong(2), Long::sum);
      if (!r.isNullAt(1)) quarantinedByReason.put(r.getString(1), r.getLong(2));
    }
    if (!quarantinedByReason.isEmpty()) {
      QuarantineTable.insertNew(spark, lakehouse, ActivityTransform.quarantine(checked, runId, referenceTime));
    }
    Dataset<Row> days = ActivityTransform.days(checked).persist(StorageLevel.MEMORY_AND_DISK());
    long customers = days.select("customer_key").distinct().count();
    checked.unpersist();
    // No usable day means nobody is measured on activity, so there is no activity model to fit.
    Optional<BgNbdFit> fit = customers == 0 ? Optional.empty() : Optional.of(ChurnTransform.fitActivityDays(days, asOf));
    return new ActivityRead(days, new ActivitySummary(files, byOutcome.values().stream().mapToLong(Long::longValue).sum(),
        byOutcome.getOrDefault(ActivityTransform.USED, 0L), byOutcome.getOrDefault(ActivityTransform.AFTER_AS_OF, 0L),
        byOutcome.getOrDefault(ActivityTransform.OPTED_OUT, 0L), quarantinedByReason, customers, fit));
  }

  private void log(String runId, LocalDate asOf, Instant started, BgNbdFit fit, Optional<ActivitySummary> activity,
      long customers) {
    Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
    versions.put("bgnbd", describe(fit));
    activity.flatMap(ActivitySummary::fit).ifPresent(f -> versions.put("bgnbd_activity", describe(f)));
    List<String> inputs = new ArrayList<>(List.of(Table.SILVER_SCORED_POSTS.qualifiedName()));
    activity.ifPresent(a -> inputs.addAll(a.files()));
    List<String> notes = new ArrayList<>();
    if (fit.note() != null) notes.add(fit.note());
    activity.ifPresent(a -> notes.add(a.describe()));
    activity.flatMap(ActivitySummary::fit).map(BgNbdFit::note).ifPresent(note -> notes.add("activity model: " + note));
    new RunLog(lakehouse).append(spark, new RunLog.RunRecord(runId, STAGE, "success", started, Instant.now(),
        inputs, activity.map(ActivitySummary::records).orElse(null), customers,
        activity.map(ActivitySummary::quarantined).orElse(null),
        activity.map(ActivitySummary::quarantinedByReason).orElse(null), versions, asOf,
        notes.isEmpty() ? null : String.join("; ", notes)));
  }

  private static String describe(BgNbdFit fit) {
    return fit.parameters().toString() + (fit.usedFallback() ? " (fallback)" : "");
  }

  private static Map<String, Long> counts(Dataset<Row> risk, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : risk.groupBy(col(column)).count().collectAsList()) counts.put(r.getString(0), r.getLong(1));
    return counts;
  }

  private record ActivityFiles(ActivityInput input, List<String> files) {}

  private record ActivityRead(Dataset<Row> days, ActivitySummary summary) {}

  /**
   * Customers scored, per band and per {@code activity_source}, how many are silent and high risk
   * (the call list), and what the activity table gave when one was read.
   */
  public record ChurnSummary(long customers, Map<String, Long> byBand, long silentHigh, BgNbdFit fit,
      Map<String, Long> byActivitySource, Optional<ActivitySummary> activity) {}

  /**
   * What the activity table gave: {@code records} read, of which {@code used} (on or before the as-of
   * date), {@code afterAsOf} (ignored), {@code optedOut} (dropped) and quarantined by reason; the
   * customers with at least one activity day, and the model fitted on their days (none without any).
   */
  public record ActivitySummary(List<String> files, long records, long used, long afterAsOf, long optedOut,
      Map<String, Long> quarantinedByReason, long customers, Optional<BgNbdFit> fit) {

    public long quarantined() {
      return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line for the run log and the console. */
    public String describe() {
      return String.format("activity: %,d records from %d file(s): %,d used (%,d customers), %,d after the as-of "
          + "date ignored, %,d of opted-out customers dropped, %,d quarantined", records, files.size(), used,
          customers, afterAsOf, optedOut, quarantined());
    }
  }
}
