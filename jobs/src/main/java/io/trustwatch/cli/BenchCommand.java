package io.trustwatch.cli;

import io.trustwatch.bench.HeapMeter;
import io.trustwatch.bench.SyntheticPosts;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.pipeline.RunIds;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Reproducible benchmarks; each prints its figures on one line per measurement.",
    subcommands = {BenchCommand.Ingest.class})
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

    @Option(names = "--work-dir", paramLabel = "DIR",
        description = "Where to write the synthetic input and lakehouse. Default: a new temporary folder.")
    Path workDir;

    @Mixin SparkOptions spark;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (rows < 10) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 10");
      PrintWriter out = spec.commandLine().getOut();
      Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("trustwatch-bench");
      Path first = dir.resolve("input-1/posts.jsonl");
      Path second = dir.resolve("input-2/posts.jsonl");
      Files.createDirectories(first.getParent());
      Files.createDirectories(second.getParent());
      SyntheticPosts.writeJsonl(first, 0, rows, 0, 1);
      // Second batch: ids rows/2 .. rows*3/2; the overlapping half is re-sent, half of it changed.
      long overlap = rows / 2;
      SyntheticPosts.writeJsonl(second, overlap, overlap / 2, 0, 1);
      Path changed = dir.resolve("input-2/posts-changed.jsonl");
      SyntheticPosts.writeJsonl(changed, overlap + overlap / 2, overlap - overlap / 2, 1, 2);
      Path fresh = dir.resolve("input-2/posts-new.jsonl");
      SyntheticPosts.writeJsonl(fresh, rows, rows - overlap, 0, 3);

      Lakehouse lakehouse = new Lakehouse(dir.resolve("lakehouse"));
      IngestJob job = new IngestJob(spark.session(), lakehouse);
      out.printf("bench ingest: %,d rows per batch, work dir %s, %d cores, max heap %s%n",
          rows, dir, Runtime.getRuntime().availableProcessors(), HeapMeter.format(Runtime.getRuntime().maxMemory()));
      measure(out, "initial load into empty table", () -> job.run(List.of(first.toString()), InputFormat.JSONL,
          RunIds.next(), Instant.now()));
      measure(out, "merge into existing table", () -> job.run(List.of(second.getParent().toString()),
          InputFormat.JSONL, RunIds.next(), Instant.now()));
      return 0;
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
}
