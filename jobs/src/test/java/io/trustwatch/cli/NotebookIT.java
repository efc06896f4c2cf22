package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trustwatch.SparkTestSession;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.notebook.BundledNotebooks;
import io.trustwatch.notebook.NotebookRunner;
import io.trustwatch.notebook.NotebookRunner.NotebookRun;
import io.trustwatch.privacy.CustomerPseudonymiser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed notebooks executed against the demo lakehouse (the bundled sample through the whole
 * pipeline): a notebook that drifts from the table schemas, or a cell that stops returning rows,
 * fails here.
 */
class NotebookIT {

  private static final List<String> COMMITTED = List.of("../notebooks/weekly_trends.ipynb", "../notebooks/data_quality.ipynb");
  private static final String[] SMALL_SPARK = {"--master", "local[2]", "--shuffle-partitions", "2"};
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Lakehouse lakehouse;
  private static Run executed;

  private record Run(int exit, String out, String err) {}

  private static Run cli(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(SMALL_SPARK));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run demo;

  @BeforeAll
  static void buildDemoLakehouseAndExecuteTheNotebooks() {
    spark = SparkTestSession.get();
    lakehouse = new Lakehouse(tmp.resolve("lakehouse"));
    demo = cli(List.of("demo", "--lakehouse", lakehouse.root().toString(), "--out", tmp.resolve("demo-reading").toString()));
    assertEquals(0, demo.exit(), demo.err());
    List<String> args = new ArrayList<>(List.of("notebook", "--lakehouse", lakehouse.root().toString(),
        "--out", tmp.resolve("out").toString(), "--execute"));
    args.addAll(COMMITTED);
    executed = cli(args);
  }

  @Test
  void demoWritesTheExecutedNotebooksTheReportAndTheAlertsAndSaysWhere() {
    Path reading = tmp.resolve("demo-reading");
    for (Path file : List.of(reading.resolve("notebooks/weekly_trends.ipynb"), reading.resolve("notebooks/data_quality.html"),
        reading.resolve("report/report-2026-W46.html"), lakehouse.root().resolve("exports/alerts/alerts-2026-W46.jsonl"))) {
      assertTrue(java.nio.file.Files.isRegularFile(file), file + " missing; demo said:\n" + demo.out());
    }
    assertTrue(demo.out().contains(reading.resolve("report/report-2026-W46.html").toString()), demo.out());
    assertTrue(demo.out().contains("alerts-2026-W46.jsonl"), demo.out());
    assertTrue(demo.out().contains("theme_rising=2"), "the sample's two incidents are raised: " + demo.out());
  }

  @Test
  void committedNotebooksRunWithoutFailingOrEmptyCells() throws Exception {
    assertEquals(0, executed.exit(), executed.err() + executed.out());
    List<String> lines = executed.out().lines().toList();
    assertEquals(2, lines.size(), executed.out());
    assertTrue(lines.get(0).startsWith("weekly_trends.ipynb: 8 SQL cells run, "), lines.get(0));
    assertTrue(lines.get(1).startsWith("data_quality.ipynb: 10 SQL cells run, "), lines.get(1));
    for (String stem : List.of("weekly_trends", "data_quality")) {
      JsonNode notebook = JSON.readTree(tmp.resolve("out").resolve(stem + ".ipynb").toFile());
      for (JsonNode cell : notebook.get("cells")) {
        for (JsonNode output : cell.path("outputs")) {
          assertFalse("error".equals(output.get("output_type").asText()), stem + " " + cell.get("id") + ": " + output);
        }
      }
      String html = Files.readString(tmp.resolve("out").resolve(stem + ".html"));
      assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("dir=\"auto\""), stem);
    }
  }

  @Test
  void theWeekIsTheLastFullWeekBeforeTheAssessment() throws Exception {
    // The demo assesses churn on 2026-11-16, a Monday: the week is the one that ended the day before.
    String week = plainText("weekly_trends", "week");
    assertTrue(week.contains("2026-W46 | 2026-11-09 | 2026-11-15"), week);
  }

  @Test
  void churnListShowsOnlyPseudonymousKeysOfSampleCustomers() throws Exception {
    Set<String> rawIds = new java.util.HashSet<>();
    for (String file : DemoCommand.SAMPLE_FILES) {
      Matcher m = Pattern.compile("\"customer_id\":\"([^\"]+)\"")
          .matcher(Files.readString(tmp.resolve("lakehouse").resolve("_sample").resolve(file)));
      while (m.find()) rawIds.add(m.group(1));
    }
    assertTrue(rawIds.size() > 100, "sample customers: " + rawIds.size());
    Set<String> keys = rawIds.stream().map(CustomerPseudonymiser.demo()::pseudonymise).collect(Collectors.toSet());

    List<String> listed = plainText("weekly_trends", "silent-churn").lines().skip(2)
        .filter(line -> line.contains(" | ")).map(line -> line.substring(0, line.indexOf(' '))).toList();
    assertFalse(listed.isEmpty());
    for (String key : listed) assertTrue(keys.contains(key), "not a pseudonymous key of a sample customer: " + key);

    for (String file : List.of("weekly_trends.ipynb", "weekly_trends.html", "data_quality.ipynb", "data_quality.html")) {
      String written = Files.readString(tmp.resolve("out").resolve(file));
      for (String raw : rawIds) assertFalse(written.contains(raw), raw + " in " + file);
    }
  }

  @Test
  void failingCellExitsOneNamingNotebookAndCell() throws Exception {
    Path broken = Files.writeString(tmp.resolve("broken.ipynb"), """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "# Broken"},
          {"cell_type": "code", "id": "renamed-column", "metadata": {}, "outputs": [], "execution_count": null,
           "source": "%%sparksql\\nSELECT churn_probability FROM gold.churn_risk"},
          {"cell_type": "code", "id": "nobody", "metadata": {}, "outputs": [], "execution_count": null,
           "source": "%%sparksql\\nSELECT customer_key FROM gold.churn_risk WHERE risk_score > 2"}]}
        """);
    Run run = cli(List.of("notebook", "--lakehouse", lakehouse.root().toString(), "--out", tmp.resolve("broken-out").toString(),
        "--execute", broken.toString()));
    assertEquals(1, run.exit(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("trustwatch: error: broken.ipynb cell 2 [renamed-column]: "), run.err());
    assertTrue(run.err().contains("churn_probability") && run.err().contains("(and 1 more failing cell)"), run.err());
    assertTrue(run.out().contains("2 SQL cells run, 0 rows shown, 2 failing"), run.out());
    assertTrue(Files.exists(tmp.resolve("broken-out").resolve("broken.html")), "written anyway, to show the errors");
  }

  @Test
  void bundledNotebooksRunFromTheJarResourcesAfterAPipeline() throws Exception {
    List<NotebookRun> runs = NotebookRunner.executeAll(spark, lakehouse, BundledNotebooks.load(), tmp.resolve("demo-out"), 3);
    assertEquals(BundledNotebooks.NAMES, runs.stream().map(r -> r.report().notebook()).toList());
    for (NotebookRun run : runs) {
      assertTrue(run.report().succeeded(), run.summary());
      assertTrue(run.report().runs().stream().allMatch(c -> c.rowsShown() <= 3), run.summary());
      assertTrue(Files.size(run.html()) > 0 && Files.size(run.notebook()) > 0, run.summary());
    }
  }

  @Test
  void tableNamesFollowTheLakehouseWhenTheSessionServedAnotherBefore() {
    Lakehouse other = new Lakehouse(tmp.resolve("other"));
    spark.range(1).toDF("post_id").write().format("delta").save(other.path(Table.SILVER_SCORED_POSTS));
    other.registerTables(spark);
    assertEquals(1L, spark.sql("SELECT count(*) FROM silver.scored_posts").first().getLong(0));
    lakehouse.registerTables(spark);
    assertEquals(lakehouse.count(spark, Table.SILVER_SCORED_POSTS),
        spark.sql("SELECT count(*) FROM silver.scored_posts").first().getLong(0));
  }

  private static String plainText(String stem, String cellId) throws Exception {
    JsonNode notebook = JSON.readTree(tmp.resolve("out").resolve(stem + ".ipynb").toFile());
    for (JsonNode cell : notebook.get("cells")) {
      if (cellId.equals(cell.path("id").asText())) {
        return cell.get("outputs").get(0).get("data").get("text/plain").asText();
      }
    }
    throw new AssertionError("no cell " + cellId + " in " + stem);
  }
}
