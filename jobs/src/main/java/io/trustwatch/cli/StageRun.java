package io.trustwatch.cli;

import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.pipeline.RunIds;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stage run on its own, as a scheduler's separate task: it gets a run id, and when it throws, a
 * {@value RunLog#FAILED} record in {@code ops.run_log} before the failure goes on to the exit code, as
 * a stage of {@code run} gets. A stage that succeeds writes its own record.
 */
final class StageRun {

  private StageRun() {}

  /** A stage's work, given the run id its records carry. */
  @FunctionalInterface
  interface Work<T> {
    T run(String runId) throws Exception;
  }

  /** @param asOf the run's as-of date, or null for stages that have none */
  static <T> T logged(SparkOptions spark, String stage, LocalDate asOf, Work<T> work) throws Exception {
    String runId = RunIds.next();
    Instant started = Instant.now();
    try {
      return work.run(runId);
    } catch (Exception | Error e) { // an Error too, as in a pipeline run
      new RunLog(spark.lakehouse()).recordFailure(spark.session(), RunLog.failed(runId, stage, started, asOf, e), e);
      throw e;
    }
  }
}
