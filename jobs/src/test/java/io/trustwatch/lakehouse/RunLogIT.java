package io.trustwatch.lakehouse;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.trustwatch.SparkTestSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogIT {

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  @Test
  void aRunsLogAnswersFromTheRecordsThereWhenTheRunStartedAndWritesItsOwnInOneCommit() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    RunLog table = new RunLog(lakehouse);
    table.append(spark, success("run-1", "trends", Instant.parse("2026-11-16T10:00:00Z")));
    RunLog run = RunLog.forRun(spark, lakehouse);
    run.append(spark, success("run-2", "enrich", Instant.parse("2026-11-23T10:00:00Z")));
    run.append(spark, success("run-2", "trends", Instant.parse("2026-11-23T10:01:00Z")));

    assertEquals("run-1", runId(run.latestSuccess(spark, "trends", lit(true))),
        "the run's own records are not among its lookups");
    assertEquals(1, lakehouse.count(spark, Table.OPS_RUN_LOG), "held until the run commits them");
    run.commit(spark);
    assertEquals("run-2", runId(table.latestSuccess(spark, "trends", lit(true))),
        "then they are in the table, where a plain log looks");
    assertTrue(run.latestSuccess(spark, "churn", lit(true)).isEmpty());
    assertEquals(3, lakehouse.count(spark, Table.OPS_RUN_LOG));
    assertEquals(1L, Lakehouse.version(DeltaTable.forPath(spark, lakehouse.path(Table.OPS_RUN_LOG))),
        "one commit for the plain append, one for the run's two records");
    run.commit(spark);
    assertEquals(3, lakehouse.count(spark, Table.OPS_RUN_LOG), "a second commit has nothing left to write");
  }

  @Test
  void aRunsLogBeforeAnyRunHasNoRecords() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    RunLog run = RunLog.forRun(spark, lakehouse);
    assertTrue(run.latestSuccess(spark, "trends", lit(true)).isEmpty());
    run.append(spark, success("run-1", "trends", Instant.parse("2026-11-16T10:00:00Z")));
    run.commit(spark);
    assertEquals("run-1", runId(new RunLog(lakehouse).latestSuccess(spark, "trends", lit(true))));
  }

  @Test
  void theFilesASuccessfulStageReadAreKeptAndALogFromBeforeThemGainsTheColumn() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    // A log as builds before the input_files column wrote it.
    spark.createDataFrame(List.of(), new StructType(Arrays.stream(RunLog.SCHEMA.fields())
            .filter(f -> !f.name().equals("input_files")).toArray(StructField[]::new)))
        .write().format("delta").save(lakehouse.path(Table.OPS_RUN_LOG));
    RunLog log = new RunLog(lakehouse);
    RunLog.InputFile week1 = new RunLog.InputFile("file:/in/week-1.jsonl", 1200, Instant.parse("2026-11-16T06:00:00.123Z"));
    RunLog.InputFile week2 = new RunLog.InputFile("file:/in/week-2.jsonl", 900, Instant.parse("2026-11-23T06:00:00Z"));
    List<String> both = List.of(week1.path(), week2.path());
    assertEquals(Set.of(), log.filesRead(spark, "ingest", both));

    Instant started = Instant.parse("2026-11-23T10:00:00Z");
    log.append(spark, withFiles("run-1", "success", started, List.of(week1)));
    log.append(spark, withFiles("run-2", "failed", started.plusSeconds(60), List.of(week2)));
    assertEquals(Set.of(week1), log.filesRead(spark, "ingest", both), "a failed run's files were not ingested");
    assertEquals(Set.of(week1), RunLog.forRun(spark, lakehouse).filesRead(spark, "ingest", both));
    assertEquals(Set.of(), log.filesRead(spark, "enrich", both));
  }

  @Test
  void filesReadAnswersForTheListedPathsOnlyAndLookupsCarryNoFileLists() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    RunLog log = new RunLog(lakehouse);
    RunLog.InputFile week1 = new RunLog.InputFile("file:/in/week-1.jsonl", 1200, Instant.parse("2026-11-16T06:00:00Z"));
    RunLog.InputFile week2 = new RunLog.InputFile("file:/in/week-2.jsonl", 900, Instant.parse("2026-11-23T06:00:00Z"));
    Instant started = Instant.parse("2026-11-23T10:00:00Z");
    log.append(spark, withFiles("run-1", "success", started, List.of(week1)));
    log.append(spark, withFiles("run-2", "success", started.plusSeconds(60), List.of(week2)));

    assertEquals(Set.of(week2), log.filesRead(spark, "ingest", List.of(week2.path(), "file:/in/week-3.jsonl")));
    assertEquals(Set.of(), log.filesRead(spark, "ingest", List.of()));
    for (RunLog lookups : List.of(log, RunLog.forRun(spark, lakehouse))) {
      Row latest = lookups.latestSuccess(spark, "ingest", lit(true)).orElseThrow();
      assertEquals("run-2", latest.getAs("run_id"));
      assertEquals(List.of(), Arrays.stream(latest.schema().fieldNames())
          .filter(f -> f.equals("inputs") || f.equals("input_files")).toList(),
          "the file lists grow with every file ingested, and lookups do not need them");
    }
  }

  private static RunLog.RunRecord withFiles(String runId, String status, Instant started, List<RunLog.InputFile> files) {
    return new RunLog.RunRecord(runId, "ingest", status, started, started.plusSeconds(5),
        files.stream().map(RunLog.InputFile::path).toList(), 1L, 1L, 0L, Map.of(), Map.of(), null, null, files);
  }

  private static RunLog.RunRecord success(String runId, String stage, Instant started) {
    return new RunLog.RunRecord(runId, stage, "success", started, started.plusSeconds(5), List.of("silver.scored_posts"),
        null, 1L, null, null, Map.of(), null, null);
  }

  private static String runId(Optional<Row> record) {
    return record.orElseThrow().getAs("run_id");
  }
}
