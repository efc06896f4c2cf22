package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench ingest} on a few posts: the first batch in as many files as asked, both batches measured. */
class BenchIngestIT {

  @TempDir Path tmp;

  @Test
  void theFirstBatchIsWrittenInTheFilesAskedForAndBothBatchesAreMeasured() throws IOException {
    StringWriter out = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "ingest", "--rows", "40", "--files", "4",
        "--work-dir", tmp.toString(), "--master", "local[2]", "--shuffle-partitions", "2"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("bench ingest: 40 rows per batch, the first in 4 JSONL file(s)"), lines.get(0));
    assertTrue(lines.get(1).matches(" +initial load into empty table +40 rows in .* inserted 40, updated 0, .*"),
        lines.get(1));
    assertTrue(lines.get(2).matches(" +merge into existing table +40 rows in .* inserted 20, .*"), lines.get(2));
    try (Stream<Path> files = Files.list(tmp.resolve("input-1"))) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void csvFilesAreIngestedAsTheJsonLinesAre() throws IOException {
    StringWriter out = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "ingest", "--rows", "40", "--files", "4", "--format", "csv",
        "--work-dir", tmp.toString(), "--master", "local[2]", "--shuffle-partitions", "2"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("bench ingest: 40 rows per batch, the first in 4 CSV file(s)"), lines.get(0));
    assertTrue(lines.get(1).matches(" +initial load into empty table +40 rows in .* inserted 40, updated 0, "
        + "quarantined 0;.*"), lines.get(1));
    assertTrue(lines.get(2).matches(" +merge into existing table +40 rows in .* inserted 20, .* quarantined 0;.*"),
        lines.get(2));
    try (Stream<Path> files = Files.list(tmp.resolve("input-1"))) {
      assertTrue(files.allMatch(f -> f.toString().endsWith(".csv")));
    }
  }

  @Test
  void moreFilesThanRowsIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(new String[] {"bench", "ingest", "--rows", "10", "--files", "11",
        "--work-dir", tmp.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--files must be 1 to --rows"), err.toString());
  }
}
