package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchLangIdTest {

  @Test
  void printsDetectionsPerSecondForTheGivenThreads() {
    StringWriter out = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "langid", "--threads", "2", "--posts", "400"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    assertTrue(out.toString().contains("2 threads, 800 posts"), out.toString());
    assertTrue(out.toString().contains("detections/s"), out.toString());
  }

  @Test
  void zeroThreadsIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "langid", "--threads", "0"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertNotEquals(0, exit);
    assertTrue(err.toString().contains("--threads"), err.toString());
  }

  @Test
  void shortPostsAreShortMixedAndTheSameOnEveryRun() {
    List<String> posts = io.trustwatch.bench.SyntheticPosts.shortPosts(200, 13);
    assertEquals(posts, io.trustwatch.bench.SyntheticPosts.shortPosts(200, 13));
    double mean = posts.stream().mapToInt(String::length).average().orElse(0);
    assertTrue(mean > 20 && mean < 200, "mean length " + mean);
  }
}
