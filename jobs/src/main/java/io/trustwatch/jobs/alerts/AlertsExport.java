package io.trustwatch.jobs.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * One JSON Lines file per week under {@code <lakehouse>/exports/alerts/}, for a scheduler to
 * forward to chat or e-mail. The file always holds every alert of its week from
 * {@code gold.alerts}, so re-writing it is idempotent; consumers de-duplicate on {@code alert_id}.
 */
public final class AlertsExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Lakehouse lakehouse;

  public AlertsExport(SparkSession spark, Lakehouse lakehouse) {
    this.spark = spark;
    this.lakehouse = lakehouse;
  }

  public Path directory() {
    return lakehouse.root().resolve("exports").resolve("alerts");
  }

  public Path file(LocalDate week) {
    return directory().resolve("alerts-" + IsoWeek.of(week) + ".jsonl");
  }

  /**
   * Writes the week's file (empty when the week has no alerts, so "no news" is visible too).
   *
   * @return the week's alerts per kind, as written, so the caller need not read the table again
   */
  public Map<String, Long> writeWeek(LocalDate week) {
    return write(file(week), col("week_start").equalTo(lit(week)));
  }

  /** Rewrites every existing week's file from the table, e.g. after customers were erased. */
  public void rewriteAll() {
    if (!Files.isDirectory(directory())) return;
    try (var files = Files.list(directory())) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("alerts-.*\\.jsonl")).toList()) {
        String isoWeek = p.getFileName().toString().replaceAll("^alerts-|\\.jsonl$", "");
        write(p, col("iso_week").equalTo(lit(isoWeek)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the alerts {@code which} selects to a temporary file beside {@code target}, then moves it
   * there, so a reader polling the folder never sees half a file.
   *
   * @return the alerts written per kind
   */
  private Map<String, Long> write(Path target, Column which) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".alerts", ".tmp");
      try {
        Map<String, Long> byKind = writeLines(tmp, which);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return byKind;
      } finally {
        // Gone after the move; still there only when reading or writing failed.
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the alerts export " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * The rows come one partition of the sorted result at a time, so the driver never holds a week's
   * alerts whole: their number grows with the customers.
   */
  private Map<String, Long> writeLines(Path file, Column which) throws IOException {
    Map<String, Long> byKind = new TreeMap<>();
    Iterator<String> lines = lakehouse.exists(spark, Table.GOLD_ALERTS)
        ? lakehouse.read(spark, Table.GOLD_ALERTS).filter(which).orderBy("kind", "alert_id").toJSON().toLocalIterator()
        : Collections.emptyIterator();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (lines.hasNext()) {
        String line = lines.next();
        out.write(line);
        out.newLine();
        try {
          byKind.merge(JSON.readTree(line).get("kind").asText(), 1L, Long::sum);
        } catch (JsonProcessingException e) {
          throw new IOException("Spark wrote an alert that is not JSON: " + line, e);
        }
      }
    }
    return byKind;
  }
}
