package io.trustwatch.pipeline;

import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.jobs.alerts.AlertsJob;
import io.trustwatch.jobs.churn.ActivityInput;
import io.trustwatch.jobs.churn.ChurnJob;
import io.trustwatch.jobs.enrich.EnrichJob;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All stages in order: {@value #STAGE_ORDER}. Each stage only does the work its
 * input changed (new bronze rows, changed weeks), and each writes by key or by whole week, so a
 * re-run, or a restart after a crash at any point, converges to the same tables.
 */
public final class Pipeline {

  /** The stages in the order a run runs them, as {@code run --help} names them. */
  public static final String STAGE_ORDER = IngestJob.STAGE + " -> " + EnrichJob.STAGE + " -> " + TrendsJob.STAGE
      + " -> " + ChurnJob.STAGE + " -> " + AlertsJob.STAGE;

  /**
   * Spark local property naming the stage that starts a job; the stage also becomes the job description
   * (shown in the Spark UI), which Delta replaces with its own while it runs internal jobs.
   */
  public static final String STAGE_PROPERTY = "trustwatch.stage";

  /**
   * One line as each stage starts and one as it finishes, with its seconds, so a scheduler's log shows where a
   * long or stuck run is and which stage takes the time, before the run's summary is printed at its end.
   */
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final PipelineSettings settings;

  public Pipeline(SparkSession spark, Lakehouse lakehouse, PipelineSettings settings) {
    this.spark = spark;
    this.lakehouse = lakehouse;
    this.settings = settings;
  }

  /** Runs every stage; churn measures activity on posting days. */
  public Result run(List<String> inputs, InputFormat format, LocalDate asOf) throws IOException {
    return run(inputs, format, asOf, Optional.empty());
  }

  /**
   * Runs every stage; churn measures activity on the activity table's days where a customer has some.
   * The stages' run-log records are written together when the run ends; a stage that throws adds a
   * {@value RunLog#FAILED} record saying why, and the exception is rethrown.
   *
   * @throws FileNotFoundException when an input or activity path or glob matches nothing
   */
  public Result run(List<String> inputs, InputFormat format, LocalDate asOf, Optional<ActivityInput> activity)
      throws IOException {
    String runId = RunIds.next();
    // Each stage looks up only earlier runs' records of its own stage, so one read of the log serves
    // all, and one commit holds them all. A process killed mid-run thus leaves no record of its
    // finished stages; the next run redoes them, which every stage makes safe (see the class comment).
    RunLog runLog = RunLog.forRun(spark, lakehouse);
    Stages stages = new Stages(runId);
    Result result;
    try {
      result = runStages(inputs, format, asOf, activity, runId, runLog, stages);
    } catch (Exception | Error e) {
      // Not only IOException and unchecked ones: Scala code throws Spark's checked SparkException undeclared
      // (a task that could not read an input file, for one), and that failure needs its record as much. So
      // does an Error: a driver out of memory (7.7M posts under -Xmx2g) left no record, and the finished
      // stages' records went with it, so the next run redid them all. Once the failed query's memory is
      // released, the few records fit again.
      runLog.recordFailure(spark, stages.failure(asOf, e), e);
      throw e;
    } finally {
      label(null);
    }
    runLog.commit(spark);
    return result;
  }

  private Result runStages(List<String> inputs, InputFormat format, LocalDate asOf, Optional<ActivityInput> activity,
      String runId, RunLog runLog, Stages stages) throws IOException {
    stages.start(IngestJob.STAGE);
    IngestJob.IngestSummary ingest = new IngestJob(spark, lakehouse, runLog).run(inputs, format, runId, Instant.now());
    stages.start(EnrichJob.STAGE);
    EnrichJob.EnrichSummary enrich = new EnrichJob(spark, lakehouse, settings.pseudonyms(), settings.optOut(),
        settings.languages(), runLog).run(runId);
    stages.start(TrendsJob.STAGE);
    Map<Table, Long> trends = Map.of();
    // Trends rebuild the weeks whose posts changed since their last complete run, which may have been
    // before this run's enrich (a run that stopped in between); nothing changed means nothing to redo.
    if (lakehouse.exists(spark, Table.SILVER_SCORED_POSTS)) {
      trends = new TrendsJob(spark, lakehouse, settings.timeZone(), runLog).runChanged(runId);
    }
    stages.start(ChurnJob.STAGE);
    ChurnJob.ChurnSummary churn = null;
    if (lakehouse.exists(spark, Table.SILVER_SCORED_POSTS)) {
      ChurnJob job = new ChurnJob(spark, lakehouse, settings.churnConfig(), runLog);
      churn = activity.isPresent() ? job.run(runId, asOf, activity.get()) : job.run(runId, asOf);
    }
    stages.start(AlertsJob.STAGE);
    AlertsJob.AlertsSummary alerts = new AlertsJob(spark, lakehouse, runLog).run(runId, asOf);
    stages.end();
    return new Result(runId, ingest, enrich, trends, churn, alerts, stages.seconds());
  }

  /** Labels the Spark jobs the current thread starts from now on with the stage; null clears the label. */
  private void label(String stage) {
    spark.sparkContext().setLocalProperty(STAGE_PROPERTY, stage);
    spark.sparkContext().setJobDescription(stage);
  }

  /** The stage running now, when it started, and how long each finished stage took. */
  private final class Stages {

    private final String runId;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private String current;
    private Instant started;
    private long startedNanos;

    Stages(String runId) {
      this.runId = runId;
    }

    void start(String stage) {
      end();
      current = stage;
      started = Instant.now();
      startedNanos = System.nanoTime();
      label(stage);
      LOG.info("run {}: {} started", runId, stage);
    }

    /** Ends the current stage, if any; a stage that threw never ends, so the log's last line names it. */
    void end() {
      if (current != null) {
        double took = (System.nanoTime() - startedNanos) / 1e9;
        seconds.put(current, took);
        LOG.info("run {}: {} finished in {} s", runId, current, String.format(Locale.ROOT, "%.1f", took));
      }
      current = null;
    }

    Map<String, Double> seconds() {
      return seconds;
    }

    /** The record of the stage that threw {@code e}. */
    RunLog.RunRecord failure(LocalDate asOf, Throwable e) {
      return RunLog.failed(runId, current, started, asOf, e);
    }
  }

  /**
   * What each stage did and how long it took; {@code churn} and {@code alerts} are null when there
   * were no posts to score.
   */
  public record Result(String runId, IngestJob.IngestSummary ingest, EnrichJob.EnrichSummary enrich,
      Map<Table, Long> trends, ChurnJob.ChurnSummary churn, AlertsJob.AlertsSummary alerts,
      Map<String, Double> stageSeconds) {}

  /**
   * Settings every stage after ingest needs.
   *
   * @param languages languages the detector may answer; empty means the default set
   */
  public record PipelineSettings(CustomerPseudonymiser pseudonyms, OptOutList optOut, String timeZone,
      ChurnRiskConfig churnConfig, Set<String> languages) {

    /** Settings with the default candidate languages. */
    public PipelineSettings(CustomerPseudonymiser pseudonyms, OptOutList optOut, String timeZone,
        ChurnRiskConfig churnConfig) {
      this(pseudonyms, optOut, timeZone, churnConfig, Set.of());
    }
  }
}
