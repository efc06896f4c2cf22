package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import io.trustwatch.lakehouse.ShellFreeLocalFileSystem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench commits} on a few appends: each round measured, every append committed. */
class BenchCommitsIT {

  @TempDir Path tmp;

  @Test
  void everyRoundIsMeasuredAndEveryAppendCommitted() {
    StringWriter out = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "commits", "--commits", "3", "--rounds", "2",
        "--work-dir", tmp.toString(), "--master", "local[2]", "--shuffle-partitions", "2"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("bench commits: 3 appends of 10 rows per round to " + tmp.resolve("commits"))
        && lines.get(0).endsWith("local file system " + ShellFreeLocalFileSystem.class.getName()), lines.get(0));
    assertTrue(lines.get(1).matches(" +round 1: [\\d,]+ ms per commit"), lines.get(1));
    assertTrue(lines.get(2).matches(" +round 2: [\\d,]+ ms per commit"), lines.get(2));
    assertEquals(3, lines.size());
    assertEquals(60, SparkTestSession.get().read().format("delta").load(tmp.resolve("commits").toString()).count());
  }

  @Test
  void noCommitsIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "commits", "--commits", "0"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--commits and --rounds must be at least 1"), err.toString());
  }
}
