package io.trustwatch.jobs.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * One JSON Lines file per week under {@code <lakehouse>/exports/alerts/}, for a scheduler to
 * forward to chat or e-mail. The file always holds every alert of its week from
 * {@code gold.alerts}, so re-writing it is idempotent; consumers de-duplicate on {@code alert_id}.
 */
public final class AlertsExport {

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
    List<String> lines = lines(col("week_start").equalTo(lit(week)));
    writeAtomically(file(week), lines);
    Map<String, Long> byKind = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      try {
        byKind.merge(json.readTree(line).get("kind").asText(), 1L, Long::sum);
      } catch (IOException e) {
        throw new UncheckedIOException("Spark wrote an alert that is not JSON: " + line, e);
      }
    }
    return byKind;
  }

  /** Rewrites every existing week's file from the table, e.g. after customers were erased. */
  public void rewriteAll() {
    if (!Files.isDirectory(directory())) return;
    try (var files = Files.list(directory())) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("alerts-.*\\.jsonl")).toList()) {
        String isoWeek = p.getFileName().toString().replaceAll("^alerts-|\\.jsonl$", "");
        writeAtomically(p, lines(col("iso_week").equalTo(lit(isoWeek))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> lines(Column which) {
    if (!lakehouse.exists(spark, Table.GOLD_ALERTS)) return List.of();
    return lakehouse.read(spark, Table.GOLD_ALERTS).filter(which).orderBy("kind", "alert_id").toJSON().collectAsList();
  }

  /** A reader polling the folder never sees half a file. */
  private static Path writeAtomically(Path target, List<String> lines) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".alerts", ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the alerts export " + target + ": " + e.getMessage(), e);
    }
  }
}
