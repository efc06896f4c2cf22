package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench e2e} on a few hundred posts: a full run and each increment print one line of figures. */
class BenchEndToEndIT {

  private static final Pattern RUN_LINE = Pattern.compile(
      " +s total( \\(\\d+[.,]\\d % of the full run\\))?, .* new posts/s; "
          + "per stage ingest .* s, enrich .* s, trends .* s, churn .* s, alerts .* s; "
          + "peak heap \\d+ MB; JIT compiling .* s, GC .* s, [0-9,]+ classes compiled by Spark; system load");

  @TempDir Path tmp;

  @Test
  void printsTheFullRunAndEachIncrementInTheSameJvm() {
    StringWriter out = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "e2e", "--posts", "450", "--increments", "2",
        "--work-dir", tmp.toString(), "--master", "local[2]", "--shuffle-partitions", "2"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    List<String> runs = out.toString().lines().filter(l -> RUN_LINE.matcher(l).find()).toList();
    assertEquals(3, runs.size(), out.toString());
    assertTrue(runs.get(0).trim().startsWith("full run"), runs.get(0));
    assertTrue(runs.get(1).trim().startsWith("incremental +1%"), runs.get(1));
    assertTrue(runs.get(2).trim().startsWith("increment 2 +1%"), runs.get(2));
    assertTrue(!runs.get(0).contains("of the full run") && runs.get(1).contains("% of the full run)")
        && runs.get(2).contains("% of the full run)"), out.toString());
  }

  @Test
  void noIncrementIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "e2e", "--increments", "0", "--work-dir", tmp.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertNotEquals(0, exit);
    assertTrue(err.toString().contains("--increments"), err.toString());
  }
}
