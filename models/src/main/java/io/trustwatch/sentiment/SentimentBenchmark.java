package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code bench sentiment} command: throughput of normalising + scoring ~200-character posts with
 * the shipped default models (posts/s on 1 and 2 threads), and the heap the loaded models occupy.
 * Posts are built from the dev texts of each first-class language: consecutive texts are joined
 * until a post reaches 200 characters, then cut at the last word boundary; languages are interleaved.
 */
public final class SentimentBenchmark {

  private static final int POST_CHARS = 200;
  private static final int POSTS_PER_LANGUAGE = 1000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private record Post(String text, String lang) {}

  private SentimentBenchmark() {}

  public static void run(Path dataDir, int rounds, PrintStream out) throws Exception {
    Runtime rt = Runtime.getRuntime();
    long before = usedHeap(rt);
    LinearSentimentScorer scorer = LinearSentimentScorer.shipped();
    long after = usedHeap(rt);
    out.printf(Locale.ROOT, "models loaded: %s; heap used by them: %.1f MB (JVM max heap %.0f MB)%n",
        scorer.models().keySet(), (after - before) / 1e6, rt.maxMemory() / 1e6);

    List<Post> posts = posts(dataDir);
    double meanChars = posts.stream().mapToInt(p -> p.text().length()).average().orElse(0);
    out.printf(Locale.ROOT, "posts: %d, mean length %.0f chars%n", posts.size(), meanChars);
    TextNormaliser normaliser = new LuceneTextNormaliser();
    scoreAll(posts, normaliser, scorer, rounds); // warm-up
    for (int threads : new int[] {1, 2}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long t0 = System.nanoTime();
      List<Future<double[]>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          int n = scoreAll(posts, normaliser, scorer, rounds);
          return new double[] {n, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9};
        }));
      }
      long scored = 0;
      double cpuSeconds = 0;
      for (Future<double[]> f : done) {
        scored += (long) f.get()[0];
        cpuSeconds += f.get()[1];
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      // Wall-clock rates depend on what else the machine runs; posts per CPU-second of the scoring
      // threads is the per-core figure that does not.
      out.printf(Locale.ROOT, "%d thread(s): %.0f posts/s wall clock, %.0f posts per CPU-second (normalise + sentiment)%n",
          threads, scored / seconds, scored / cpuSeconds);
    }
  }

  private static int scoreAll(List<Post> posts, TextNormaliser normaliser, SentimentScorer scorer, int rounds) {
    int n = 0;
    int positives = 0;
    for (int r = 0; r < rounds; r++) {
      for (Post p : posts) {
        List<Token> tokens = normaliser.tokens(p.text(), p.lang());
        if (scorer.score(p.text(), tokens, p.lang()).label() == SentimentLabel.POSITIVE) {
          positives++; // consumed so the JIT cannot drop the work
        }
        n++;
      }
    }
    return positives >= 0 ? n : -1;
  }

  private static List<Post> posts(Path dataDir) throws IOException {
    List<List<String>> perLang = new ArrayList<>();
    for (String lang : Languages.FIRST_CLASS) {
      List<String> texts = new ArrayList<>();
      Path dev = dataDir.resolve(lang).resolve("dev.tsv");
      if (Files.exists(dev)) {
        try (BufferedReader in = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
          in.readLine();
          StringBuilder post = new StringBuilder();
          String line;
          while ((line = in.readLine()) != null && texts.size() < POSTS_PER_LANGUAGE) {
            post.append(post.length() == 0 ? "" : " ").append(line, 0, Math.max(0, line.lastIndexOf('\t')));
            if (post.length() >= POST_CHARS) {
              texts.add(cut(post.toString()));
              post.setLength(0);
            }
          }
        }
      }
      perLang.add(texts);
    }
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < POSTS_PER_LANGUAGE; i++) {
      for (int l = 0; l < perLang.size(); l++) {
        if (i < perLang.get(l).size()) {
          posts.add(new Post(perLang.get(l).get(i), Languages.FIRST_CLASS.get(l)));
        }
      }
    }
    return posts;
  }

  private static String cut(String text) {
    if (text.length() <= POST_CHARS) {
      return text;
    }
    int space = text.lastIndexOf(' ', POST_CHARS);
    return text.substring(0, space > 0 ? space : POST_CHARS);
  }

  private static long usedHeap(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** {@code SentimentBenchmark --data DIR [--rounds N]} */
  public static void main(String[] args) throws Exception {
    CommandArgs a = CommandArgs.parse(args);
    run(a.path("--data"), a.intValue("--rounds", 3), System.out);
  }
}
