package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
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
 * Posts are the dev texts of all first-class languages, cut to at most 200 characters at a word
 * boundary, interleaved across languages.
 */
public final class SentimentBenchmark {

  private static final int POST_CHARS = 200;
  private static final int ROWS_PER_LANGUAGE = 1000;

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
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> scoreAll(posts, normaliser, scorer, rounds)));
      }
      long scored = 0;
      for (Future<Integer> f : done) {
        scored += f.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      out.printf(Locale.ROOT, "%d thread(s): %.0f posts/s (normalise + sentiment)%n", threads, scored / seconds);
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
          String line;
          while ((line = in.readLine()) != null && texts.size() < ROWS_PER_LANGUAGE) {
            texts.add(cut(line.substring(0, Math.max(0, line.lastIndexOf('\t')))));
          }
        }
      }
      perLang.add(texts);
    }
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < ROWS_PER_LANGUAGE; i++) {
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
