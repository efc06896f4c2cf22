package io.trustwatch.bench;

import io.trustwatch.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Records every Spark job with the pipeline stage that ran it (the job description the pipeline sets)
 * and its wall time, so a benchmark can show where a stage's fixed cost goes: in an incremental run most
 * time is spent in many small jobs (Delta log replays, file listings), not in the few that move data.
 */
public final class JobTrace extends SparkListener {

  /** One finished job: {@code what} is Delta's or the stage's job description and the call site. */
  public record Job(int id, String stage, String what, int tasks, double seconds) {}

  /** A job that has started: its description and its start time (ms). */
  private record Started(String stage, String what, int tasks, long time) {}

  private final Map<Integer, Started> running = new ConcurrentHashMap<>();
  private final List<Job> finished = new ArrayList<>();

  /** Adds a trace to the context; it records until {@link #remove}. */
  public static JobTrace attach(SparkContext context) {
    JobTrace trace = new JobTrace();
    context.addSparkListener(trace);
    return trace;
  }

  public void remove(SparkContext context) {
    context.removeSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    Properties p = start.properties();
    String stage = p == null ? null : p.getProperty(Pipeline.STAGE_PROPERTY);
    String description = p == null ? null : p.getProperty("spark.job.description");
    // The result stage (the last one) is named after the call site outside Spark and Delta.
    String site = "?";
    int tasks = 0;
    int last = -1;
    for (var info : CollectionConverters.asJava(start.stageInfos())) {
      tasks += info.numTasks();
      if (info.stageId() > last) {
        last = info.stageId();
        site = info.name();
      }
    }
    if (description != null && !description.equals(stage)) site = site + " (" + description + ")";
    running.put(start.jobId(), new Started(stage == null ? "(none)" : stage, site, tasks, start.time()));
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    Started job = running.remove(end.jobId());
    if (job == null) return;
    synchronized (finished) {
      finished.add(new Job(end.jobId(), job.stage(), job.what(), job.tasks(), (end.time() - job.time()) / 1000.0));
    }
  }

  /** The jobs finished so far, and forgets them. Listener events arrive asynchronously, hence the wait. */
  public List<Job> drain(SparkContext context) throws TimeoutException {
    context.listenerBus().waitUntilEmpty(10_000);
    synchronized (finished) {
      List<Job> jobs = List.copyOf(finished);
      finished.clear();
      return jobs;
    }
  }

  /** Prints per stage: job count and time, then each job (call site, tasks, seconds), longest first. */
  public static void print(PrintWriter out, List<Job> jobs, Map<String, Double> stageSeconds) {
    Map<String, List<Job>> byStage = new LinkedHashMap<>();
    for (String stage : stageSeconds.keySet()) byStage.put(stage, new ArrayList<>());
    for (Job j : jobs) byStage.computeIfAbsent(j.stage(), s -> new ArrayList<>()).add(j);
    for (var e : byStage.entrySet()) {
      double inJobs = e.getValue().stream().mapToDouble(Job::seconds).sum();
      Double wall = stageSeconds.get(e.getKey());
      out.printf("    %-8s %3d jobs, %6.1f s in jobs%s%n", e.getKey(), e.getValue().size(), inJobs,
          wall == null ? "" : String.format(", %.1f s outside (driver, planning, Delta log)", wall - inJobs));
      e.getValue().stream().sorted((a, b) -> Double.compare(b.seconds(), a.seconds()))
          .forEach(j -> out.printf("      %6.2f s %5d tasks  %s%n", j.seconds(), j.tasks(), j.what()));
    }
  }
}
