package io.trustwatch.lakehouse;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
  void aLogReadOnceAnswersFromTheRecordsThereWhenItWasRead() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    RunLog table = new RunLog(lakehouse);
    table.append(spark, success("run-1", "trends", Instant.parse("2026-11-16T10:00:00Z")));
    RunLog readOnce = RunLog.readOnce(spark, lakehouse);
    readOnce.append(spark, success("run-2", "trends", Instant.parse("2026-11-23T10:00:00Z")));

    assertEquals("run-1", runId(readOnce.latestSuccess(spark, "trends", lit(true))),
        "appends after the read are not among its records");
    assertEquals("run-2", runId(table.latestSuccess(spark, "trends", lit(true))),
        "but they are in the table, where a plain log looks");
    assertTrue(readOnce.latestSuccess(spark, "churn", lit(true)).isEmpty());
    assertEquals(2, lakehouse.count(spark, Table.OPS_RUN_LOG));
  }

  @Test
  void aLogReadOnceBeforeAnyRunHasNoRecords() {
    Lakehouse lakehouse = new Lakehouse(tmp);
    RunLog readOnce = RunLog.readOnce(spark, lakehouse);
    assertTrue(readOnce.latestSuccess(spark, "trends", lit(true)).isEmpty());
    readOnce.append(spark, success("run-1", "trends", Instant.parse("2026-11-16T10:00:00Z")));
    assertEquals("run-1", runId(new RunLog(lakehouse).latestSuccess(spark, "trends", lit(true))));
  }

  private static RunLog.RunRecord success(String runId, String stage, Instant started) {
    return new RunLog.RunRecord(runId, stage, "success", started, started.plusSeconds(5), List.of("silver.scored_posts"),
        null, 1L, null, null, Map.of(), null, null);
  }

  private static String runId(Optional<Row> record) {
    return record.orElseThrow().getAs("run_id");
  }
}
