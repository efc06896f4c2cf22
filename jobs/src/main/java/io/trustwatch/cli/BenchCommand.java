package io.trustwatch.cli;

import io.trustwatch.analysis.PostAnalyzer;
import io.trustwatch.bench.HeapMeter;
import io.trustwatch.bench.JobTrace;
import io.trustwatch.bench.JvmTimes;
import io.trustwatch.bench.SyntheticPosts;
import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.langid.LangIdBenchmark;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.pipeline.RunIds;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import io.trustwatch.sample.Simulation;
import io.trustwatch.scoring.ScoreFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.apache.spark.SparkContext;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Reproducible benchmarks; each prints its figures on one line per measurement.",
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Score.class, BenchCommand.LangId.class,
        BenchCommand.Commits.class, BenchCommand.EndToEnd.class})
final class BenchCommand {

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = {
          "Ingest N synthetic posts into an empty lakehouse, then ingest a second batch of N posts "
              + "(half already present, a quarter of those changed; half new) that MERGEs into the existing table.",
          "Prints rows/second for both and the peak JVM heap. Run with the heap you intend to use "
              + "(the launcher honours TRUSTWATCH_HEAP, e.g. TRUSTWATCH_HEAP=2g)."})
  static final class Ingest implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N",
        description = "Rows per batch. Default: ${DEFAULT-VALUE}.")
    long rows;

    @Option(names = "--files", defaultValue = "1", paramLabel = "N",
        description = "Files the first batch is written in, as a landing folder of many small files would hold it. "
            + "Default: ${DEFAULT-VALUE}.")
    int files;

    @Option(names = "--format", defaultValue = "JSONL", paramLabel = "FORMAT",
        description = "Format of the input files: JSONL or CSV. Default: ${DEFAULT-VALUE}.")
    InputFormat format;

    @Option(names = "--work-dir", paramLabel = "DIR",
        description = "Where to write the synthetic input and lakehouse. Default: a new temporary folder.")
    Path workDir;

    @Mixin SparkOptions spark;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (rows < 10) throw new ParameterException(spec.commandLine(), "--rows must be at least 10");
      if (files < 1 || files > rows) throw new ParameterException(spec.commandLine(), "--files must be 1 to --rows");
      if (format != InputFormat.JSONL && format != InputFormat.CSV) {
        throw new ParameterException(spec.commandLine(), "--format must be JSONL or CSV");
      }
      String suffix = format == InputFormat.CSV ? ".csv" : ".jsonl";
      PrintWriter out = spec.commandLine().getOut();
      Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("trustwatch-bench");
      Path first = Files.createDirectories(dir.resolve("input-1"));
      Path second = dir.resolve("input-2/posts" + suffix);
      Files.createDirectories(second.getParent());
      for (int i = 0; i < files; i++) {
        long from = rows * i / files;
        write(first.resolve(String.format("posts-%05d", i) + suffix), from, rows * (i + 1) / files - from, 0);
      }
      // Second batch: ids rows/2 .. rows*3/2; the overlapping half is re-sent, half of it changed.
      long overlap = rows / 2;
      write(second, overlap, overlap / 2, 0);
      write(dir.resolve("input-2/posts-changed" + suffix), overlap + overlap / 2, overlap - overlap / 2, 1);
      write(dir.resolve("input-2/posts-new" + suffix), rows, rows - overlap, 0);

      Lakehouse lakehouse = new Lakehouse(dir.resolve("lakehouse"));
      IngestJob job = new IngestJob(spark.session(), lakehouse);
      out.printf("bench ingest: %,d rows per batch, the first in %,d %s file(s), work dir %s, %d cores, max heap %s%n",
          rows, files, format, dir, Runtime.getRuntime().availableProcessors(),
          HeapMeter.format(Runtime.getRuntime().maxMemory()));
      measure(out, "initial load into empty table", () -> job.run(List.of(first.toString()), format,
          RunIds.next(), Instant.now()));
      measure(out, "merge into existing table", () -> job.run(List.of(second.getParent().toString()),
          format, RunIds.next(), Instant.now()));
      return 0;
    }

    private void write(Path file, long firstId, long count, int revision) throws IOException {
      if (format == InputFormat.CSV) {
        SyntheticPosts.writeCsv(file, firstId, count, revision);
      } else {
        SyntheticPosts.writeJsonl(file, firstId, count, revision);
      }
    }

    private static void measure(PrintWriter out, String label, Callable<IngestJob.IngestSummary> run) throws Exception {
      HeapMeter.resetPeak();
      long t0 = System.nanoTime();
      IngestJob.IngestSummary s = run.call();
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf("  %-32s %,10d rows in %6.1f s = %,9.0f rows/s; inserted %,d, updated %,d, quarantined %,d; "
              + "peak heap %s%n",
          label, s.rowsRead(), seconds, s.rowsRead() / seconds, s.inserted(), s.updated(), s.quarantined(),
          HeapMeter.format(HeapMeter.peakHeapBytes()));
    }
  }

  @Command(name = "commits", mixinStandardHelpOptions = true,
      description = {
          "Append ten rows to a new Delta table K times per round, and print the milliseconds each append and commit "
              + "took: the fixed cost every table write of an incremental run pays, Delta's checkpoint every tenth "
              + "commit included. The first round includes Spark's and the JIT's warm-up.",
          "To compare with Hadoop's own local file system, which starts a process per file written: "
              + "TRUSTWATCH_JAVA_OPTS='-Dspark.hadoop.fs.file.impl=org.apache.hadoop.fs.LocalFileSystem "
              + "-Dspark.hadoop.fs.AbstractFileSystem.file.impl=org.apache.hadoop.fs.local.LocalFs'."})
  static final class Commits implements Callable<Integer> {

    @Option(names = "--commits", defaultValue = "40", paramLabel = "K",
        description = "Appends per round. Default: ${DEFAULT-VALUE}.")
    int commits;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Rounds. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--work-dir", paramLabel = "DIR",
        description = "Where to write the table. Default: a new temporary folder.")
    Path workDir;

    @Mixin SparkOptions spark;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (commits < 1 || rounds < 1) {
        throw new ParameterException(spec.commandLine(), "--commits and --rounds must be at least 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("trustwatch-bench");
      String table = dir.resolve("commits").toString();
      SparkSession session = spark.session();
      out.printf("bench commits: %d appends of 10 rows per round to %s, %d cores, local file system %s%n", commits,
          table, Runtime.getRuntime().availableProcessors(),
          session.sparkContext().hadoopConfiguration().get("fs.file.impl"));
      for (int round = 1; round <= rounds; round++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < commits; i++) {
          session.range(0, 10, 1, 1).toDF("n").write().format("delta").mode("append").save(table);
        }
        out.printf("  round %d: %,.0f ms per commit%n", round, (System.nanoTime() - t0) / 1e6 / commits);
      }
      return 0;
    }
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Score N generated posts (the sample generator's multilingual sentences, joined to about 200 "
          + "characters) through language detection, normalising, sentiment and themes, as `score` does; prints posts/s.")
  static final class Score implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N", description = "Posts. Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "T",
        description = "Worker threads; 0 means one per core. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("trustwatch-bench-score");
      Path in = dir.resolve("posts.tsv");
      int averageLength = SyntheticPosts.writeScoringTsv(in, rows, 11);
      int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      ForkJoinPool pool = new ForkJoinPool(cores);
      PostAnalyzer analyzer = PostAnalyzer.shared();
      // Warm-up: load the models and let the JIT compile the hot paths before timing.
      long load0 = System.nanoTime();
      analyzer.analyze("warm up", "en");
      double loadSeconds = (System.nanoTime() - load0) / 1e9;
      pool.submit(() -> {
        try {
          new ScoreFile(analyzer).score(in, dir.resolve("warmup.tsv"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).get();
      HeapMeter.resetPeak();
      // Process CPU time (workers, GC, JIT) says more than wall-clock time on a machine others share.
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      ScoreFile.Summary s = pool.submit(() -> new ScoreFile(analyzer)
          .score(in, dir.resolve("scored.tsv"))).get();
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
      out.printf("bench score: %,d posts (avg %d chars) on %d thread(s) in %.1f s = %,.0f posts/s (%,.0f per thread); "
              + "models loaded in %.1f s; peak heap %s; languages %s%n",
          s.rows(), averageLength, cores, seconds, s.rows() / seconds, s.rows() / seconds / cores,
          loadSeconds, HeapMeter.format(HeapMeter.peakHeapBytes()), s.byLanguage());
      out.printf("  phases: read %.1f s, analyse + format %.1f s (%,.0f posts/s per thread), write %.1f s%n",
          s.readSeconds(), s.analyseSeconds(), s.rows() / s.analyseSeconds() / cores, s.writeSeconds());
      out.printf("  process CPU time %.1f s = %,.0f posts per CPU-second (system load %.1f)%n", cpuSeconds,
          s.rows() / cpuSeconds, os.getSystemLoadAverage());
      pool.shutdown();
      return 0;
    }
  }

  @Command(name = "langid", mixinStandardHelpOptions = true,
      description = "Detect the language of short generated posts (one or two of the sample generator's sentences in "
          + "8 languages, with a mention, hashtag, URL or emoji) on T threads sharing one detector, as Spark tasks "
          + "do; prints detections/s and the CPU time per detection.")
  static final class LangId implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "2", paramLabel = "T",
        description = "Threads sharing the detector. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--posts", defaultValue = "200000", paramLabel = "N",
        description = "Detections per thread (after a warm-up of a quarter as many). Default: ${DEFAULT-VALUE}.")
    int posts;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
      if (posts < 1) throw new ParameterException(spec.commandLine(), "--posts must be at least 1");
      PrintWriter out = spec.commandLine().getOut();
      List<String> sample = SyntheticPosts.shortPosts(5_000, 13);
      out.printf("bench langid: %d thread(s), %,d detections each, %d cores%n", threads, posts,
          Runtime.getRuntime().availableProcessors());
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      LangIdBenchmark.runOnPosts(sample, threads, posts,
          new PrintStream(report, true, StandardCharsets.UTF_8));
      out.print(report.toString(StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
  }

  @Command(name = "e2e", mixinStandardHelpOptions = true,
      description = "Simulate customers until about N posts exist, run the whole pipeline, then add 1%% more posts "
          + "and run it again (incremental). Prints seconds per stage, each increment's share of the full run, posts/s, "
          + "peak heap, the time the JVM spent "
          + "JIT compiling and collecting garbage, and the classes Spark compiled from generated code.")
  static final class EndToEnd implements Callable<Integer> {

    @Option(names = "--posts", defaultValue = "100000", paramLabel = "N", description = "Posts. Default: ${DEFAULT-VALUE}.")
    int posts;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Default: a new temporary folder.")
    Path workDir;

    @Option(names = "--increments", defaultValue = "1", paramLabel = "K",
        description = "Increments to run one after another in the same JVM, each adding a hundredth as many new "
            + "posts as the full run read; the second and later show what an increment costs once the JIT has "
            + "compiled its code paths. Default: ${DEFAULT-VALUE}.")
    int increments;

    @Option(names = "--trace-jobs", description = "Also print, per stage, every Spark job (Delta's description or "
        + "the call site, tasks, seconds) and the time spent outside jobs.")
    boolean traceJobs;

    @Mixin SparkOptions spark;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (increments < 1) throw new ParameterException(spec.commandLine(), "--increments must be at least 1");
      PrintWriter out = spec.commandLine().getOut();
      Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("trustwatch-bench-e2e");
      LocalDate end = LocalDate.of(2026, 11, 15);
      int weeks = 26;
      // About 9 posts per simulated customer over 26 weeks.
      int customers = Math.max(50, posts / 9);
      var sample = Simulation.write(customers, weeks,
          Simulation.startForEnd(end, weeks), 5, List.of(), dir.resolve("base"), new PrintStream(
              OutputStream.nullOutputStream()));
      int incrementPosts = (int) Math.max(1, sample.posts() / 100);
      List<Path> batches = new ArrayList<>();
      for (int i = 1; i <= increments; i++) {
        Path batch = dir.resolve("increment-" + i + "/posts.jsonl");
        SyntheticPosts.writeIncrement(dir.resolve("base/posts.jsonl"), batch, incrementPosts, "-inc" + i);
        batches.add(batch);
      }
      Lakehouse lakehouse = new Lakehouse(dir.resolve("lakehouse"));
      var pipeline = new Pipeline(spark.session(), lakehouse,
          new Pipeline.PipelineSettings(CustomerPseudonymiser.demo(),
              OptOutList.empty(), "UTC", ChurnRiskConfig.shipped()));
      out.printf("bench e2e: %,d posts from %,d customers, %d cores, max heap %s%n", sample.posts(), customers,
          Runtime.getRuntime().availableProcessors(), HeapMeter.format(Runtime.getRuntime().maxMemory()));
      SparkContext context = spark.session().sparkContext();
      JobTrace trace = traceJobs ? JobTrace.attach(context) : null;
      try {
        double full = report(out, "full run", sample.posts(), OptionalDouble.empty(), trace, context,
            () -> pipeline.run(List.of(dir.resolve("base/posts.jsonl").toString()), InputFormat.JSONL,
                end.plusDays(1)));
        // A scheduler hands each run the files that arrived since the last one.
        for (int i = 0; i < batches.size(); i++) {
          String batch = batches.get(i).toString();
          report(out, i == 0 ? "incremental +1%" : "increment " + (i + 1) + " +1%", incrementPosts,
              OptionalDouble.of(full), trace, context,
              () -> pipeline.run(List.of(batch), InputFormat.JSONL, end.plusDays(1)));
        }
      } finally {
        if (trace != null) trace.remove(context);
      }
      return 0;
    }

    /**
     * Runs and prints one line of figures; an increment's line also gives its share of the full run's seconds,
     * the figure the increment's target is set in.
     *
     * @return the run's seconds
     */
    private static double report(PrintWriter out, String label, long posts, OptionalDouble fullRunSeconds,
        JobTrace trace, SparkContext context, Callable<Pipeline.Result> run) throws Exception {
      HeapMeter.resetPeak();
      if (trace != null) trace.drain(context);
      JvmTimes jvm0 = JvmTimes.now();
      long compiled0 = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
      long t0 = System.nanoTime();
      Pipeline.Result r = run.call();
      double seconds = (System.nanoTime() - t0) / 1e9;
      String share = fullRunSeconds.isPresent()
          ? String.format(" (%.1f %% of the full run)", 100 * seconds / fullRunSeconds.getAsDouble()) : "";
      out.printf("  %-16s %6.1f s total%s, %,8.0f new posts/s; per stage %s; peak heap %s; %s, %,d classes compiled by"
          + " Spark; system load %.1f%n",
          label, seconds, share, posts / seconds, r.stageSeconds().entrySet().stream()
              .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
              .collect(Collectors.joining(", ")),
          HeapMeter.format(HeapMeter.peakHeapBytes()), JvmTimes.now().since(jvm0).describe(),
          CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - compiled0,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      if (trace != null) JobTrace.print(out, trace.drain(context), r.stageSeconds());
      return seconds;
    }
  }
}
