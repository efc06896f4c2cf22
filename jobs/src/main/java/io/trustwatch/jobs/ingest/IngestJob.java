package io.trustwatch.jobs.ingest;

import io.delta.tables.DeltaTable;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest stage's I/O shell: read files -> {@link IngestTransform} -> MERGE into
 * {@code bronze.posts}, MERGE into {@code bronze.quarantine}, one row in the run log.
 *
 * <p>{@code bronze.posts} is merged on (source, post_id): an unchanged re-ingested post is left
 * alone, a changed one (different content hash) replaces its row, a new one is inserted.
 */
public final class IngestJob {

  public static final String STAGE = "ingest";

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final RunLog runLog;

  public IngestJob(SparkSession spark, Lakehouse lakehouse) {
    this(spark, lakehouse, new RunLog(lakehouse));
  }

  /** @param runLog where this run is recorded */
  public IngestJob(SparkSession spark, Lakehouse lakehouse, RunLog runLog) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.runLog = runLog;
  }

  /**
   * @throws java.io.FileNotFoundException when an input path or glob matches nothing
   */
  public IngestSummary run(List<String> inputs, InputFormat format, String runId, Instant referenceTime)
      throws IOException {
    Instant started = Instant.now();
    InputReader reader = new InputReader(spark);
    List<RunLog.InputFile> listed = reader.list(inputs);
    // A file an earlier ingest read is skipped while its size and modification time stay the same (rsync's
    // quick check), so a scheduler may hand in a whole landing folder every week and only its new or
    // changed files are read. While bronze is missing, nothing read before is there: every file is read.
    Set<RunLog.InputFile> readBefore = lakehouse.exists(spark, Table.BRONZE_POSTS)
        ? runLog.filesRead(spark, STAGE, listed.stream().map(RunLog.InputFile::path).toList()) : Set.of();
    List<RunLog.InputFile> toRead = listed.stream().filter(f -> !readBefore.contains(f)).toList();
    List<String> files = toRead.stream().map(RunLog.InputFile::path).toList();
    int skipped = listed.size() - toRead.size();
    Dataset<Row> raw = reader.read(toRead, format).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long read = raw.count();
      IngestSummary summary = read == 0
          ? new IngestSummary(runId, files, skipped, 0, 0, 0, Map.of())
          : write(IngestTransform.apply(raw, referenceTime, runId), runId, files, skipped, read);
      List<String> notes = new ArrayList<>();
      if (skipped > 0) notes.add(skipped + " file(s) skipped: read before at the same size and modification time");
      if (read == 0) notes.add("no input records");
      runLog.append(spark, new RunLog.RunRecord(runId, STAGE, RunLog.SUCCESS, started, Instant.now(),
          files, summary.rowsRead(), summary.inserted() + summary.updated(), summary.quarantined(),
          summary.quarantinedByReason(), BuildInfo.versions(), null,
          notes.isEmpty() ? null : String.join("; ", notes), toRead));
      return summary;
    } finally {
      raw.unpersist();
    }
  }

  private IngestSummary write(IngestTransform.IngestResult result, String runId, List<String> files, int skipped,
      long read) {
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : result.quarantine().groupBy("reason").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    QuarantineTable.ensure(spark, lakehouse);
    if (!byReason.isEmpty()) {
      QuarantineTable.insertNew(spark, lakehouse, result.quarantine());
    }
    // Enrich reads what each MERGE inserted or changed from the change feed instead of comparing all of
    // bronze with silver.
    DeltaTable posts = lakehouse.withChangeFeed(spark, Table.BRONZE_POSTS, IngestTransform.POSTS_SCHEMA);
    posts.as("t")
        .merge(result.posts().as("s"), "t.source = s.source AND t.post_id = s.post_id")
        .whenMatched("t.content_hash <> s.content_hash").updateAll()
        .whenNotMatched().insertAll()
        .execute();
    Map<String, String> metrics = Lakehouse.lastOperationMetrics(posts);
    return new IngestSummary(runId, files, skipped, read,
        Long.parseLong(metrics.getOrDefault("numTargetRowsInserted", "0")),
        Long.parseLong(metrics.getOrDefault("numTargetRowsUpdated", "0")),
        byReason);
  }

  /**
   * What one ingest run did; {@code inserted + updated} rows were written to {@code bronze.posts}.
   *
   * @param files the files read
   * @param filesSkipped files not read, as an earlier ingest read them at the same size and modification time
   */
  public record IngestSummary(
      String runId, List<String> files, int filesSkipped, long rowsRead, long inserted, long updated,
      Map<String, Long> quarantinedByReason) {

    public long quarantined() {
      return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
