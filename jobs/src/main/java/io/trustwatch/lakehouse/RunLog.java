package io.trustwatch.lakehouse;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Appends one row per stage run to {@code ops.run_log}: what ran, on what, with which counts and versions. */
public final class RunLog {

  public static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("started_at", DataTypes.TimestampType, false)
      .add("finished_at", DataTypes.TimestampType, false)
      .add("duration_ms", DataTypes.LongType, false)
      .add("inputs", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("rows_read", DataTypes.LongType, true)
      .add("rows_written", DataTypes.LongType, true)
      .add("rows_quarantined", DataTypes.LongType, true)
      .add("quarantined_by_reason", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true)
      .add("versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
      .add("as_of", DataTypes.DateType, true)
      .add("message", DataTypes.StringType, true)
      .add("input_files", DataTypes.createArrayType(new StructType()
          .add("path", DataTypes.StringType, false)
          .add("size_bytes", DataTypes.LongType, false)
          .add("modified_at", DataTypes.TimestampType, false)), true);

  /** Status of a stage run that finished. */
  public static final String SUCCESS = "success";
  /** Status of the stage a pipeline run stopped at, with the error as message. */
  public static final String FAILED = "failed";

  /**
   * Columns that list files, left out of the records lookups see: they grow with every file ever ingested, and
   * {@link #filesRead} asks the table for the files it needs instead.
   */
  private static final String[] FILE_LISTS = {"inputs", "input_files"};

  private final Lakehouse lakehouse;
  /** The records {@link #forRun} read, without the file lists; null when every lookup reads the table. */
  private final Dataset<Row> readEarlier;
  /** Records {@link #forRun} holds until {@link #commit}; null when each append is written at once. */
  private final List<Row> held;

  /** Looks records up in the table each time and writes each record as it is appended. */
  public RunLog(Lakehouse lakehouse) {
    this(lakehouse, null, null);
  }

  private RunLog(Lakehouse lakehouse, Dataset<Row> readEarlier, List<Row> held) {
    this.lakehouse = lakehouse;
    this.readEarlier = readEarlier;
    this.held = held;
  }

  /**
   * The log of one pipeline run, whose stages look up only records of earlier runs (each stage its
   * own): read once, now, so one read serves every lookup where each would otherwise read the table at
   * its newest version (a Delta snapshot and a scan per stage), and written once, by {@link #commit},
   * where each stage would otherwise make its own Delta commit. Lookups do not see this run's appends.
   * {@link #filesRead} still asks the table, for the listed files only.
   */
  public static RunLog forRun(SparkSession spark, Lakehouse lakehouse) {
    List<Row> held = new ArrayList<>();
    if (!lakehouse.exists(spark, Table.OPS_RUN_LOG)) {
      return new RunLog(lakehouse, spark.createDataFrame(List.of(), SCHEMA), held);
    }
    Dataset<Row> records = lakehouse.read(spark, Table.OPS_RUN_LOG).drop(FILE_LISTS);
    // Held as driver-side rows: lookups then plan against a local relation, with no Spark job at all. One
    // small row per stage run, so this grows with runs, not with the files they read.
    return new RunLog(lakehouse, spark.createDataFrame(records.collectAsList(), records.schema()), held);
  }

  /** Writes the record now, or holds it for {@link #commit} in a log made {@link #forRun}. */
  public void append(SparkSession spark, RunRecord record) {
    Row row = RowFactory.create(
        record.runId(), record.stage(), record.status(),
        Timestamp.from(record.startedAt()), Timestamp.from(record.finishedAt()),
        record.finishedAt().toEpochMilli() - record.startedAt().toEpochMilli(),
        record.inputs(),
        record.rowsRead(), record.rowsWritten(), record.rowsQuarantined(),
        record.quarantinedByReason(),
        record.versions(),
        record.asOf() == null ? null : java.sql.Date.valueOf(record.asOf()),
        record.message(),
        record.inputFiles() == null ? null : record.inputFiles().stream()
            .map(f -> RowFactory.create(f.path(), f.sizeBytes(), Timestamp.from(f.modifiedAt()))).toList());
    if (held != null) {
      held.add(row);
    } else {
      write(spark, List.of(row));
    }
  }

  /** Writes the records held since the last commit, in one Delta commit; nothing when none are held. */
  public void commit(SparkSession spark) {
    if (held == null || held.isEmpty()) return;
    write(spark, held);
    held.clear();
  }

  /**
   * Writes the record of a stage that threw {@code failure}, with any records held. A failure to write is kept
   * as suppressed by {@code failure}, so that the stage's own failure is the one reported.
   */
  public void recordFailure(SparkSession spark, RunRecord record, Throwable failure) {
    try {
      append(spark, record);
      commit(spark);
    } catch (Exception | Error notLogged) { // SparkException too, which Scala throws undeclared; and no memory left
      failure.addSuppressed(notLogged);
    }
  }

  private void write(SparkSession spark, List<Row> rows) {
    // Spark's row converters accept java.util.List and java.util.Map for array and map columns.
    spark.createDataFrame(rows, SCHEMA)
        .write().format("delta").mode(SaveMode.Append)
        .option("mergeSchema", true) // a log written before input_files gains the column
        .save(lakehouse.path(Table.OPS_RUN_LOG));
  }

  /**
   * The latest successful record of {@code stage} that also matches {@code which}; empty when there
   * is none or no log yet. Incremental stages take what they already did from it.
   */
  public Optional<Row> latestSuccess(SparkSession spark, String stage, Column which) {
    return earlier(spark).flatMap(log -> log
        .filter(col("stage").equalTo(stage).and(col("status").equalTo(SUCCESS)).and(which))
        .orderBy(col("started_at").desc()).limit(1).collectAsList().stream().findFirst());
  }

  /**
   * The records lookups read, without the file lists: those {@link #forRun} read, else the table; empty when
   * there is no log yet.
   */
  private Optional<Dataset<Row>> earlier(SparkSession spark) {
    if (readEarlier != null) return Optional.of(readEarlier);
    return lakehouse.exists(spark, Table.OPS_RUN_LOG)
        ? Optional.of(lakehouse.read(spark, Table.OPS_RUN_LOG).drop(FILE_LISTS)) : Optional.empty();
  }

  /**
   * The files at {@code paths} that successful runs of {@code stage} read, as each was then (size, modification
   * time); empty when there is no log yet, or only one from before the log kept files. Asked of the table for
   * those paths only, so the driver holds no more files than it listed, however many the log names.
   */
  public Set<InputFile> filesRead(SparkSession spark, String stage, Collection<String> paths) {
    if (paths.isEmpty() || !lakehouse.exists(spark, Table.OPS_RUN_LOG)) return Set.of();
    Dataset<Row> log = lakehouse.read(spark, Table.OPS_RUN_LOG);
    if (!Arrays.asList(log.columns()).contains("input_files")) return Set.of();
    Dataset<Row> wanted = spark.createDataset(List.copyOf(paths), Encoders.STRING()).toDF("path");
    Set<InputFile> files = new HashSet<>();
    for (Row r : log.filter(col("stage").equalTo(stage).and(col("status").equalTo(SUCCESS)))
        .select(explode(col("input_files"))).select("col.*")
        .join(broadcast(wanted), ScalaColumns.array(List.of("path")), "left_semi").collectAsList()) {
      files.add(new InputFile(r.getString(0), r.getLong(1), r.getTimestamp(2).toInstant()));
    }
    return files;
  }

  /**
   * The record of a run of {@code stage} that threw {@code failure}, whose class and first line of message say why
   * (Spark's message for a failed job goes on with the executor's stack trace).
   */
  public static RunRecord failed(String runId, String stage, java.time.Instant startedAt, java.time.LocalDate asOf,
      Throwable failure) {
    String message = failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse(""));
    return new RunRecord(runId, stage, FAILED, startedAt, java.time.Instant.now(), null, null, null, null, null,
        BuildInfo.versions(), asOf, message);
  }

  /** One stage run. Counts are null where a stage has no such notion. */
  public record RunRecord(
      String runId, String stage, String status, java.time.Instant startedAt, java.time.Instant finishedAt,
      List<String> inputs, Long rowsRead, Long rowsWritten, Long rowsQuarantined,
      Map<String, Long> quarantinedByReason, Map<String, String> versions, java.time.LocalDate asOf,
      String message, List<InputFile> inputFiles) {

    /** A record of a stage that reads no files of its own. */
    public RunRecord(String runId, String stage, String status, java.time.Instant startedAt,
        java.time.Instant finishedAt, List<String> inputs, Long rowsRead, Long rowsWritten, Long rowsQuarantined,
        Map<String, Long> quarantinedByReason, Map<String, String> versions, java.time.LocalDate asOf,
        String message) {
      this(runId, stage, status, startedAt, finishedAt, inputs, rowsRead, rowsWritten, rowsQuarantined,
          quarantinedByReason, versions, asOf, message, null);
    }
  }

  /** A file a stage read, as it was then: the same path, size and modification time later mean the same file. */
  public record InputFile(String path, long sizeBytes, java.time.Instant modifiedAt) {}
}
