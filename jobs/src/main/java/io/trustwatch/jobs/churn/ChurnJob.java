package io.trustwatch.jobs.churn;

import io.trustwatch.churn.*;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import io.trustwatch.jobs.ingest.QuarantineTable;
import io.trustwatch.jobs.ingest.InputReader;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.lakehouse.Table;
import java.io.IOException;
import java.sql.Timestamp;
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
 * {@code gold.churn_risk} for one as-of date. A run that fits BG/NBD replaces the as-of date's rows
 * whole; a later run for the same date may keep that fit and merge only the re-scored rows of the
 * customers whose posts changed ({@link BgNbdRefitPolicy}). Either way re-running the same as-of
 * gives the same table, and earlier as-of snapshots stay for trend reading. Unusable
 * activity records go to {@code bronze.quarantine} (merged on its id, so a re-run adds none twice)
 * and are counted by reason in the run log.
 */
public final class ChurnJob {

  public static final String STAGE = "churn";

  /** Key of the scoring configuration in the run log's {@code versions}. */
  private static final String CONFIG = "churn_config";

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final ChurnRiskConfig config;
  private final BgNbdRefitPolicy policy;
  private final RunLog runLog;

  public ChurnJob(SparkSession spark, Lakehouse lakehouse, ChurnRiskConfig config) {
    this(spark, lakehouse, config, new RunLog(lakehouse));
  }

  /** @param runLog where earlier churn runs (and their fits) are looked up and this one is recorded */
  public ChurnJob(SparkSession spark, Lakehouse lakehouse, ChurnRiskConfig config, RunLog runLog) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.config = config;
    this.policy = BgNbdRefitPolicy.SHIPPED;
    this.runLog = runLog;
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
    List<RunLog.InputFile> files = new InputReader(spark).list(activity.paths());
    return run(runId, asOf, Optional.of(new ActivityFiles(activity, files)));
  }

  private ChurnSummary run(String runId, LocalDate asOf, Optional<ActivityFiles> activity) {
    Instant started = Instant.now();
    Dataset<Row> silver = ChurnTransform.postsUpTo(lakehouse.read(spark, Table.SILVER_SCORED_POSTS), asOf);
    if (activity.isEmpty()) {
      Optional<ChurnSummary> kept = previousFit(asOf).flatMap(previous -> rescoreChanged(runId, asOf, started, silver, previous));
      if (kept.isPresent()) return kept.get();
    }
    // Not cached: the fit and the scores each read the few columns they need from silver's files, where a
    // cache would hold every column of every post (7.7M posts ran a 2 GB heap out of memory here).
    BgNbdFit fit = ChurnTransform.fitActivity(silver, asOf);
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
    Dataset<Row> risk = ChurnTransform.score(silver, activityDays, asOf, fit.model(), activityModel, config).cache();
    Counts counts = Counts.of(risk);
    risk.write().format("delta").mode(SaveMode.Overwrite)
        .option("replaceWhere", "as_of = '" + asOf + "'")
        // Tables written before activity_source and days_since_last_activity existed gain the
        // columns (null on their older as-of rows) instead of refusing the write.
        .option("mergeSchema", "true")
        .save(lakehouse.path(Table.GOLD_CHURN_RISK));
    Map<String, String> fitRecord = activity.isEmpty()
        ? KeptFit.record(runId, started, fit) : Map.of();
    log(runId, asOf, started, fit, activitySummary, counts.customers(), fitRecord);
    risk.unpersist();
    activityDays.unpersist();
    return new ChurnSummary(counts.customers(), counts.byBand(), counts.silentHigh(), fit, counts.byActivitySource(),
        activitySummary);
  }

  /**
   * The fit behind this as-of date's rows when the latest churn run for it measured everyone on posts
   * under the same configuration and code; a run with activity days refits.
   */
  private Optional<KeptFit> previousFit(LocalDate asOf) {
    return runLog.latestSuccess(spark, STAGE, col("as_of").equalTo(lit(java.sql.Date.valueOf(asOf))))
        .flatMap(r -> KeptFit.from(r.getTimestamp(r.fieldIndex("started_at")).toInstant(),
            r.getJavaMap(r.fieldIndex("versions")), versions()));
  }

  /**
   * Re-scores, with the kept parameters, the customers who have a post enriched since the previous run
   * for this as-of date started, and merges their rows into that date's; empty when too many customers
   * changed since the fit ({@link BgNbdRefitPolicy}). Everyone else's row is what these parameters
   * give them already, so the date's rows end as a run re-scoring everyone with them would leave them.
   */
  private Optional<ChurnSummary> rescoreChanged(String runId, LocalDate asOf, Instant started, Dataset<Row> posts,
      KeptFit previous) {
    Dataset<Row> changed = posts.filter(col("enriched_at").gt(lit(Timestamp.from(previous.fittedAt()))))
        .groupBy("customer_key").agg(max("enriched_at").as("last_enriched")).cache();
    long changedSinceFit = changed.count();
    if (!policy.keepsFit(previous.customers(), changedSinceFit)) {
      changed.unpersist();
      return Optional.empty();
    }
    Dataset<Row> keys = changed.filter(col("last_enriched").gt(lit(Timestamp.from(previous.previousStart()))))
        .select("customer_key");
    BgNbdFit fit = previous.fit(changedSinceFit);
    Dataset<Row> risk = ChurnTransform.score(posts.join(keys, ScalaColumns.array(List.of("customer_key")), "left_semi"),
        ActivityTransform.noDays(spark), asOf, fit.model(), fit.model(), config)
        // Computed once: MERGE reads its source twice (to find the files to rewrite, then to write).
        .persist(StorageLevel.MEMORY_AND_DISK());
    if (risk.count() > 0) {
      DeltaTable.forPath(spark, lakehouse.path(Table.GOLD_CHURN_RISK)).as("t")
          .merge(risk.as("s"), "t.as_of = s.as_of AND t.customer_key = s.customer_key")
          .whenMatched().updateAll()
          .whenNotMatched().insertAll()
          .execute();
    }
    risk.unpersist();
    changed.unpersist();
    Counts counts = Counts.of(lakehouse.read(spark, Table.GOLD_CHURN_RISK)
        .filter(col("as_of").equalTo(lit(java.sql.Date.valueOf(asOf)))));
    log(runId, asOf, started, fit, Optional.empty(), counts.customers(), previous.record());
    return Optional.of(new ChurnSummary(counts.customers(), counts.byBand(), counts.silentHigh(), fit,
        counts.byActivitySource(), Optional.empty()));
  }

  private ActivityRead readActivity(ActivityFiles activity, String runId, LocalDate asOf, Instant referenceTime) {
    ActivityInput input = activity.input();
    Dataset<Row> checked = ActivityTransform.check(new InputReader(spark).read(activity.files(), input.format()),
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
    return new ActivityRead(days, new ActivitySummary(activity.files().stream().map(RunLog.InputFile::path).toList(),
        byOutcome.values().stream().mapToLong(Long::longValue).sum(),
        byOutcome.getOrDefault(ActivityTransform.USED, 0L), byOutcome.getOrDefault(ActivityTransform.AFTER_AS_OF, 0L),
        byOutcome.getOrDefault(ActivityTransform.OPTED_OUT, 0L), quarantinedByReason, customers, fit));
  }

  private void log(String runId, LocalDate asOf, Instant started, BgNbdFit fit, Optional<ActivitySummary> activity,
      long customers, Map<String, String> fitRecord) {
    Map<String, String> versions = versions();
    versions.put("bgnbd", describe(fit));
    versions.putAll(fitRecord);
    activity.flatMap(ActivitySummary::fit).ifPresent(f -> versions.put("bgnbd_activity", describe(f)));
    List<String> inputs = new ArrayList<>(List.of(Table.SILVER_SCORED_POSTS.qualifiedName()));
    activity.ifPresent(a -> inputs.addAll(a.files()));
    List<String> notes = new ArrayList<>();
    if (fit.note() != null) notes.add(fit.note());
    activity.ifPresent(a -> notes.add(a.describe()));
    activity.flatMap(ActivitySummary::fit).map(BgNbdFit::note).ifPresent(note -> notes.add("activity model: " + note));
    runLog.append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
        inputs, activity.map(ActivitySummary::records).orElse(null), customers,
        activity.map(ActivitySummary::quarantined).orElse(null),
        activity.map(ActivitySummary::quarantinedByReason).orElse(null), versions, asOf,
        notes.isEmpty() ? null : String.join("; ", notes)));
  }

  /** What the rows depend on besides the data and the fit: the code and the scoring configuration. */
  private Map<String, String> versions() {
    Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
    versions.put(CONFIG, config.describe());
    return versions;
  }

  private static String describe(BgNbdFit fit) {
    return fit.parameters().toString() + (fit.usedFallback() ? " (fallback)" : "");
  }

  /** Customers per band and per activity source, and how many are silent and high risk, in one pass. */
  private record Counts(Map<String, Long> byBand, Map<String, Long> byActivitySource, long silentHigh) {

    static Counts of(Dataset<Row> risk) {
      Map<String, Long> byBand = new TreeMap<>();
      Map<String, Long> bySource = new TreeMap<>();
      long silentHigh = 0;
      for (Row r : risk.groupBy("risk_band", "activity_source", "is_silent").count().collectAsList()) {
        byBand.merge(r.getString(0), r.getLong(3), Long::sum);
        bySource.merge(r.getString(1), r.getLong(3), Long::sum);
        if (r.getBoolean(2) && "high".equals(r.getString(0))) silentHigh += r.getLong(3);
      }
      return new Counts(byBand, bySource, silentHigh);
    }

    long customers() {
      return byBand.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * A posting-day fit as the run log keeps it ({@value #FIT} in {@code versions}, with full-precision
   * parameters), the run that made it and when that run started, and when the latest run for the same
   * as-of date started.
   */
  private record KeptFit(BgNbdParameters parameters, int customers, boolean usedFallback, String fittedRun,
      Instant fittedAt, Instant previousStart) {

    static final String FIT = "bgnbd_fit";

    static Map<String, String> record(String runId, Instant started, BgNbdFit fit) {
      return new KeptFit(fit.parameters(), fit.customers(), fit.usedFallback(), runId, started, started).record();
    }

    Map<String, String> record() {
      return Map.of(FIT, String.join(";", "run=" + fittedRun, "started=" + fittedAt, "customers=" + customers,
          "fallback=" + usedFallback, "r=" + parameters.r(), "alpha=" + parameters.alpha(), "a=" + parameters.a(),
          "b=" + parameters.b()));
    }

    /**
     * The fit recorded in a run's logged {@code versions}, when they hold one and agree with
     * {@code current} on everything else the rows depend on; a run with activity days keeps none.
     */
    static Optional<KeptFit> from(Instant previousStart, Map<String, String> logged, Map<String, String> current) {
      if (!logged.containsKey(FIT) || logged.containsKey("bgnbd_activity")
          || !current.entrySet().stream().allMatch(e -> e.getValue().equals(logged.get(e.getKey())))) {
        return Optional.empty();
      }
      Map<String, String> f = new java.util.HashMap<>();
      for (String part : logged.get(FIT).split(";")) {
        String[] kv = part.split("=", 2);
        f.put(kv[0], kv[1]);
      }
      return Optional.of(new KeptFit(new BgNbdParameters(Double.parseDouble(f.get("r")),
          Double.parseDouble(f.get("alpha")), Double.parseDouble(f.get("a")), Double.parseDouble(f.get("b"))),
          Integer.parseInt(f.get("customers")), Boolean.parseBoolean(f.get("fallback")), f.get("run"),
          Instant.parse(f.get("started")), previousStart));
    }

    /** The kept fit as this run reports it. */
    BgNbdFit fit(long changedCustomers) {
      return new BgNbdFit(parameters, Double.NaN, customers, usedFallback, String.format(java.util.Locale.ROOT,
          "parameters of run %s kept: %,d customers changed since, of the %,d it was fitted on",
          fittedRun, changedCustomers, customers));
    }
  }

  private record ActivityFiles(ActivityInput input, List<RunLog.InputFile> files) {}

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
