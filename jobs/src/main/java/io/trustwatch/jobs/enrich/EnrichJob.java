package io.trustwatch.jobs.enrich;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import io.trustwatch.jobs.privacy.OptOutEnforcer;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * The enrich stage's I/O shell: scores the bronze posts that silver does not have yet (or whose
 * content changed) and writes them to {@code silver.scored_posts}, keyed on (source, post_id): appended
 * when all are new, MERGEd when some replace a scored post. Scoring is deterministic, so re-running adds
 * and changes nothing. Opted-out customers are removed from
 * silver on every run, even when they opted out after being scored.
 */
public final class EnrichJob {

  public static final String STAGE = "enrich";

  /** Keys of the run log's {@code versions}: the bronze version read, and the opt-out list's digest. */
  static final String BRONZE_VERSION = "bronze.posts";
  static final String OPT_OUT = "opt_out";

  /** Up to this many changed keys are broadcast to the join with silver's keys (about 100 bytes each). */
  private static final long BROADCAST_KEYS = 200_000;

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final CustomerPseudonymiser pseudonyms;
  private final OptOutList optOut;
  private final Set<String> languages;
  private final RunLog runLog;

  /** @param languages languages the detector may answer; empty means the default set */
  public EnrichJob(SparkSession spark, Lakehouse lakehouse, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      Set<String> languages) {
    this(spark, lakehouse, pseudonyms, optOut, languages, new RunLog(lakehouse));
  }

  /** @param runLog where earlier enrich runs are looked up and this one is recorded */
  public EnrichJob(SparkSession spark, Lakehouse lakehouse, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      Set<String> languages, RunLog runLog) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.pseudonyms = pseudonyms;
    this.optOut = optOut;
    this.languages = Set.copyOf(languages);
    this.runLog = runLog;
  }

  public EnrichSummary run(String runId) {
    Instant started = Instant.now();
    if (!lakehouse.exists(spark, Table.BRONZE_POSTS)) {
      return new EnrichSummary(0, Map.of(), 0, false);
    }
    // Everything is read at this bronze version and the run log records it, so the next run reads the
    // change feed from the version after it: a commit made while this run works is left to that run.
    long bronzeVersion = lakehouse.version(spark, Table.BRONZE_POSTS);
    String optOutPrint = fingerprint(optOut.pseudonyms(pseudonyms));
    Dataset<Row> bronze = lakehouse.readAt(spark, Table.BRONZE_POSTS, bronzeVersion);
    boolean silverExists = lakehouse.exists(spark, Table.SILVER_SCORED_POSTS);
    List<String> notes = new ArrayList<>();
    Optional<Map<String, String>> lastVersions = runLog.latestSuccess(spark, STAGE, lit(true))
        .map(r -> r.<String, String>getJavaMap(r.fieldIndex("versions")));
    // The list as the last successful run applied it: new posts of its customers are not scored, and what silver
    // and gold held of them was deleted then, so only a changed list can have customers to delete.
    boolean sameOptOut = lastVersions.map(v -> optOutPrint.equals(v.get(OPT_OUT))).orElse(false);
    Optional<Changes> changes = silverExists && sameOptOut
        ? changesSinceLastRun(bronze, bronzeVersion, lastVersions.get(), notes) : Optional.empty();
    // Candidates: the bronze rows added or changed since the last run (from the change feed), else all
    // of bronze. Either way only those silver lacks, or has with other content, are scored: found on
    // the key columns alone, so only those (few, in an incremental run) posts' text is read and moved.
    // The check against silver also makes a run that died before logging its version harmless.
    Dataset<Row> candidates = changes.map(Changes::rows).orElse(bronze);
    Dataset<Row> pending = silverExists
        ? pending(candidates, changes.isPresent() && changes.get().count() <= BROADCAST_KEYS) : null;
    Dataset<Row> todo = silverExists
        ? candidates.join(pending.drop("in_silver"), ScalaColumns.array(List.of("source", "post_id", "content_hash")), "left_semi")
        : bronze;
    // New posts are appended; only when some post changed does the MERGE (which joins all of silver) run.
    boolean updates = silverExists && !pending.filter(col("in_silver")).isEmpty();
    // Scored once, counted and written from a copy on local disk. The copy's plan is the scored rows, not the
    // query that reads silver: once the write below has changed silver, a Dataset cached on that query would no
    // longer match its plan, and everything would be scored again. On disk only, as Delta keeps a MERGE's
    // source: a full run's posts outgrow any heap, and held in memory (7.7M posts under -Xmx2g) they left
    // Spark's aggregations no memory and failed the run.
    Dataset<Row> scored = spark.createDataFrame(
        EnrichTransform.apply(todo, pseudonyms, optOut, languages, runId, started).javaRDD(), EnrichTransform.SCHEMA)
        .persist(StorageLevel.DISK_ONLY());
    try {
      Map<String, Long> byLang = new TreeMap<>();
      for (Row r : scored.groupBy("lang").count().collectAsList()) {
        byLang.put(r.getString(0), r.getLong(1));
      }
      long written = byLang.values().stream().mapToLong(Long::longValue).sum();
      if (written > 0 && updates) {
        DeltaTable.forPath(spark, lakehouse.path(Table.SILVER_SCORED_POSTS))
            .as("t").merge(scored.as("s"), "t.source = s.source AND t.post_id = s.post_id")
            .whenMatched().updateAll()
            .whenNotMatched().insertAll()
            .execute();
      } else if (written > 0) {
        // With its change feed, trends see which weeks lost posts too (opt-out, erasure).
        if (!silverExists) lakehouse.withChangeFeed(spark, Table.SILVER_SCORED_POSTS, EnrichTransform.SCHEMA);
        scored.write().format("delta").mode(SaveMode.Append).save(lakehouse.path(Table.SILVER_SCORED_POSTS));
      }
      long removed = sameOptOut ? 0
          : new OptOutEnforcer(spark, lakehouse).removeFromDerivedTables(optOut.pseudonyms(pseudonyms));
      if (removed > 0) notes.add(removed + " rows of opted-out customers removed");
      Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
      versions.put(BRONZE_VERSION, Long.toString(bronzeVersion));
      versions.put(OPT_OUT, optOutPrint);
      versions.putAll(io.trustwatch.analysis.PostAnalyzer.forLanguages(languages).versions());
      if (!languages.isEmpty()) versions.put("langid.candidates", String.join(",", new TreeSet<>(languages)));
      runLog.append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
          List.of(Table.BRONZE_POSTS.qualifiedName()), written, written, null, null, versions, null,
          notes.isEmpty() ? null : String.join("; ", notes)));
      return new EnrichSummary(written, byLang, removed, !sameOptOut);
    } finally {
      scored.unpersist();
      if (pending != null) pending.unpersist();
      changes.ifPresent(c -> c.rows().unpersist());
    }
  }

  /**
   * The bronze rows inserted or changed after the bronze version the last successful enrich read ({@code
   * logged}, that run's versions), up to {@code bronzeVersion}, each post in its latest content; persisted.
   * Empty when the key comparison over all of bronze must decide: that run recorded no version, or the feed
   * cannot be read (not enabled then, or its files vacuumed or the log cleaned up). The caller asks only when
   * the opt-out list is the one that run applied: a customer taken off it has bronze posts silver lacks that
   * the feed will not show again.
   */
  private Optional<Changes> changesSinceLastRun(Dataset<Row> bronze, long bronzeVersion, Map<String, String> logged,
      List<String> notes) {
    if (!logged.containsKey(BRONZE_VERSION)) return Optional.empty();
    long from = Long.parseLong(logged.get(BRONZE_VERSION)) + 1;
    if (from > bronzeVersion) return Optional.of(new Changes(bronze.limit(0), 0));
    Dataset<Row> changes = null;
    try {
      Dataset<Row> feed = lakehouse.changes(spark, Table.BRONZE_POSTS, from, bronzeVersion)
          .filter(col("_change_type").isin("insert", "update_postimage"));
      WindowSpec latestFirst = Window.partitionBy("source", "post_id").orderBy(col("_commit_version").desc());
      changes = feed.withColumn("_latest", row_number().over(latestFirst)).filter(col("_latest").equalTo(1))
          .select(Arrays.stream(bronze.columns()).map(c -> col(c)).toArray(Column[]::new))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Read now, so a feed whose files are gone fails here and not in the middle of the write.
      return Optional.of(new Changes(changes, changes.count()));
    } catch (Exception e) { // Delta's AnalysisException (missing change data, vacuumed files) is a checked one
      if (changes != null) changes.unpersist();
      notes.add("bronze change feed from version " + from + " unreadable (" + e.getClass().getSimpleName()
          + "), compared all of bronze with silver");
      return Optional.empty();
    }
  }

  /** Rows from the change feed, persisted, and how many. */
  private record Changes(Dataset<Row> rows, long count) {}

  /** A digest of the opted-out pseudonyms, so the run log can say whether the list changed. */
  static String fingerprint(SortedSet<String> pseudonyms) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : pseudonyms) sha.update((p + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Keys ({@code source, post_id, content_hash}) of the candidate bronze posts silver lacks or has with
   * other content, and whether silver has the post ({@code in_silver}); persisted, as it is read twice.
   *
   * @param few whether the candidates' keys are few enough to broadcast
   */
  private Dataset<Row> pending(Dataset<Row> candidates, boolean few) {
    Dataset<Row> scoredKeys = lakehouse.read(spark, Table.SILVER_SCORED_POSTS)
        .select(col("source"), col("post_id"), col("content_hash").as("scored_hash"));
    if (few) {
      // Broadcast, silver's keys stream past the change feed's few keys without a shuffle.
      scoredKeys = scoredKeys.join(broadcast(candidates.select("source", "post_id")),
          ScalaColumns.array(List.of("source", "post_id")), "left_semi");
    }
    return candidates.select("source", "post_id", "content_hash")
        .join(scoredKeys, ScalaColumns.array(List.of("source", "post_id")), "left")
        .filter(col("scored_hash").isNull().or(col("scored_hash").notEqual(col("content_hash"))))
        .select(col("source"), col("post_id"), col("content_hash"), col("scored_hash").isNotNull().as("in_silver"))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * @param scored          posts scored in this run
   * @param byLanguage      posts scored per detected language
   * @param optedOutRemoved rows removed from silver/gold because their customer opted out
   * @param optOutApplied   whether silver and gold were searched for the opted-out customers' rows, as the list
   *                        differs from the one the last successful enrich applied (or there was none)
   */
  public record EnrichSummary(long scored, Map<String, Long> byLanguage, long optedOutRemoved,
      boolean optOutApplied) {}
}
