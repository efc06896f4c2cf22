package io.trustwatch.langid;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Detections per second of one shared {@link OpenNlpLanguageDetector} used from several threads,
 * as Spark uses it, on synthetic short posts (60-200 characters) built from labelled sentences
 * with the social clutter posts carry (mentions, hashtags, URLs, emoji, digits).
 *
 * <p>Usage: {@code LangIdBenchmark SENTENCES_TSV [THREADS=2] [POSTS_PER_THREAD=200000]}; the
 * sentences file has the evaluation format ({@code text<TAB>lang<TAB>kind}).
 */
public final class LangIdBenchmark {

  private static final String[] CLUTTER = {" @support", " #fail", " https://t.co/x1Y2z3", " 😡", " 10/10", " 👍👍", " #CustomerService"};

  private LangIdBenchmark() {}

  /** Builds {@code n} posts of 60-200 characters, mixing languages; the same on every run. */
  static List<String> syntheticPosts(List<LangIdSample> sentences, int n) {
    Random random = new Random(13);
    List<String> posts = new ArrayList<>(n);
    while (posts.size() < n) {
      LangIdSample first = sentences.get(random.nextInt(sentences.size()));
      StringBuilder post = new StringBuilder(first.text());
      while (post.length() < 60) {
        post.append(' ').append(sentences.get(random.nextInt(sentences.size())).text());
      }
      post.append(CLUTTER[random.nextInt(CLUTTER.length)]);
      posts.add(post.length() > 200 ? post.substring(0, 200) : post.toString());
    }
    return posts;
  }

  /** Runs a warm-up pass, then the timed pass; prints and returns detections per second. */
  public static double run(List<LangIdSample> sentences, int threads, int postsPerThread, PrintStream out)
      throws Exception {
    return runOnPosts(syntheticPosts(sentences, 5_000), threads, postsPerThread, out);
  }

  /**
   * The same measurement on the given posts (cycled): {@code threads} threads share one detector, each
   * detects {@code postsPerThread} posts after a warm-up pass of a quarter as many.
   */
  public static double runOnPosts(List<String> posts, int threads, int postsPerThread, PrintStream out)
      throws Exception {
    LanguageDetector detector = new OpenNlpLanguageDetector();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      timedPass(detector, posts, pool, threads, Math.max(1, postsPerThread / 4), new long[1]); // JIT warm-up
      long[] cpuNanos = new long[1];
      long start = System.nanoTime();
      long detected = timedPass(detector, posts, pool, threads, postsPerThread, cpuNanos);
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = detected / seconds;
      double meanLength = posts.stream().mapToInt(String::length).average().orElse(0);
      out.printf(Locale.ROOT, "%d threads, %d posts (mean %.0f chars), %.2f s: %.0f detections/s%n",
          threads, detected, meanLength, seconds, rate);
      // Wall-clock rate depends on what else the machine runs; CPU time per detection does much less.
      out.printf(Locale.ROOT, "CPU time %.1f us per detection = %.0f detections per CPU-second (system load %.1f)%n",
          cpuNanos[0] / 1e3 / detected, detected / (cpuNanos[0] / 1e9),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      return rate;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code perThread} detections on each thread; adds the threads' CPU time to {@code cpuNanos[0]}. */
  private static long timedPass(LanguageDetector detector, List<String> posts, ExecutorService pool,
                                int threads, int perThread, long[] cpuNanos) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Future<long[]>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t * 997;
      done.add(pool.submit(() -> {
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long detected = 0;
        for (int i = 0; i < perThread; i++) {
          if (detector.detect(posts.get((offset + i) % posts.size()), null) != null) {
            detected++;
          }
        }
        return new long[] {detected, cpu.getCurrentThreadCpuTime() - cpuStart};
      }));
    }
    long total = 0;
    for (Future<long[]> f : done) {
      long[] result = f.get();
      total += result[0];
      cpuNanos[0] += result[1];
    }
    return total;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LangIdBenchmark SENTENCES_TSV [THREADS] [POSTS_PER_THREAD]");
      System.exit(2);
    }
    List<LangIdSample> sentences = LangIdSampleReader.read(Path.of(args[0]));
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int perThread = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    run(sentences, threads, perThread, System.out);
  }
}
