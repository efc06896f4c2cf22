package io.trustwatch.jobs.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

import io.delta.tables.DeltaTable;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.jobs.privacy.OptOutEnforcer;
import io.trustwatch.privacy.OptOutList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
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

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final CustomerPseudonymiser pseudonyms;
  private final OptOutList optOut;
  private final java.util.Set<String> languages;

  /** @param languages languages the detector may answer; empty means the default set */
  public EnrichJob(SparkSession spark, Lakehouse lakehouse, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      java.util.Set<String> languages) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.pseudonyms = pseudonyms;
    this.optOut = optOut;
    this.languages = java.util.Set.copyOf(languages);
  }

  public EnrichSummary run(String runId) {
    Instant started = Instant.now();
    if (!lakehouse.exists(spark, Table.BRONZE_POSTS)) {
      return new EnrichSummary(0, Map.of(), null, 0);
    }
    Dataset<Row> bronze = lakehouse.read(spark, Table.BRONZE_POSTS);
    boolean silverExists = lakehouse.exists(spark, Table.SILVER_SCORED_POSTS);
    // Only posts silver lacks, or whose content changed since they were scored. Found on the key
    // columns alone, so only those (few, in an incremental run) posts' text is read and moved.
    Dataset<Row> pending = silverExists ? pending(bronze) : null;
    Dataset<Row> todo = silverExists
        ? bronze.join(pending.drop("in_silver"), ScalaColumns.array(List.of("source", "post_id", "content_hash")), "left_semi")
        : bronze;
    // New posts are appended; only when some post changed does the MERGE (which joins all of silver) run.
    boolean updates = silverExists && !pending.filter(col("in_silver")).isEmpty();
    // Cached as rows, not as a Dataset: this plan reads silver, and once the write below has changed
    // silver the cached Dataset would no longer match its plan, so everything would be scored again.
    JavaRDD<Row> scoredRows = EnrichTransform.apply(todo, pseudonyms, optOut, languages, runId, started).javaRDD()
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scored = spark.createDataFrame(scoredRows, EnrichTransform.SCHEMA);
    try {
      Map<String, Long> byLang = new TreeMap<>();
      LocalDate firstChangedWeek = null;
      for (Row r : scored.groupBy("lang").agg(org.apache.spark.sql.functions.count("*"),
          min(to_date(col("created_at")))).collectAsList()) {
        byLang.put(r.getString(0), r.getLong(1));
        LocalDate monday = r.getDate(2).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (firstChangedWeek == null || monday.isBefore(firstChangedWeek)) firstChangedWeek = monday;
      }
      long written = byLang.values().stream().mapToLong(Long::longValue).sum();
      if (written > 0 && updates) {
        DeltaTable.forPath(spark, lakehouse.path(Table.SILVER_SCORED_POSTS))
            .as("t").merge(scored.as("s"), "t.source = s.source AND t.post_id = s.post_id")
            .whenMatched().updateAll()
            .whenNotMatched().insertAll()
            .execute();
      } else if (written > 0) {
        lakehouse.createIfNotExists(spark, Table.SILVER_SCORED_POSTS, EnrichTransform.SCHEMA);
        scored.write().format("delta").mode(SaveMode.Append).save(lakehouse.path(Table.SILVER_SCORED_POSTS));
      }
      long removed = new OptOutEnforcer(spark, lakehouse).removeFromDerivedTables(optOut.pseudonyms(pseudonyms));
      Map<String, String> versions = new TreeMap<>(BuildInfo.versions());
      versions.putAll(io.trustwatch.analysis.PostAnalyzer.forLanguages(languages).versions());
      if (!languages.isEmpty()) versions.put("langid.candidates", String.join(",", new java.util.TreeSet<>(languages)));
      new RunLog(lakehouse).append(spark, new RunLog.RunRecord(runId, STAGE, "success", started, Instant.now(),
          List.of(Table.BRONZE_POSTS.qualifiedName()), written, written, null, null, versions, null,
          removed > 0 ? removed + " rows of opted-out customers removed" : null));
      return new EnrichSummary(written, byLang, firstChangedWeek, removed);
    } finally {
      scoredRows.unpersist();
      if (pending != null) pending.unpersist();
    }
  }

  /**
   * Keys ({@code source, post_id, content_hash}) of the bronze posts silver lacks or has with other
   * content, and whether silver has the post ({@code in_silver}); persisted, as it is read twice.
   */
  private Dataset<Row> pending(Dataset<Row> bronze) {
    Dataset<Row> scoredKeys = lakehouse.read(spark, Table.SILVER_SCORED_POSTS)
        .select(col("source"), col("post_id"), col("content_hash").as("scored_hash"));
    return bronze.select("source", "post_id", "content_hash")
        .join(scoredKeys, ScalaColumns.array(List.of("source", "post_id")), "left")
        .filter(col("scored_hash").isNull().or(col("scored_hash").notEqual(col("content_hash"))))
        .select(col("source"), col("post_id"), col("content_hash"), col("scored_hash").isNotNull().as("in_silver"))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * @param scored           posts scored in this run
   * @param byLanguage       posts scored per detected language
   * @param firstChangedWeek Monday of the earliest week that changed, null when nothing changed
   * @param optedOutRemoved  rows removed from silver/gold because their customer opted out
   */
  public record EnrichSummary(long scored, Map<String, Long> byLanguage, LocalDate firstChangedWeek,
      long optedOutRemoved) {}
}
