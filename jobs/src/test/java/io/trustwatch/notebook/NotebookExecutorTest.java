package io.trustwatch.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotebookExecutorTest {

  /** Answers by statement text; records what it was asked, to check order and which cells ran. */
  private static final class FakeSqlRunner implements SqlRunner {
    final List<String> asked = new ArrayList<>();
    final List<Integer> limits = new ArrayList<>();

    @Override
    public QueryResult run(String sql, int maxRows) {
      asked.add(sql);
      limits.add(maxRows);
      if (sql.contains("nope")) {
        throw new IllegalStateException("[UNRESOLVED_COLUMN] A column `nope` cannot be resolved.\nSQLSTATE: 42703");
      }
      if (sql.startsWith("CREATE")) return new QueryResult(List.of(), List.of(), false);
      if (sql.contains("WHERE")) return new QueryResult(List.of("lang"), List.of(), false);
      return new QueryResult(List.of("lang", "posts"),
          List.of(List.of("en", "3"), List.of("ar", "2"), java.util.Arrays.asList("tr", null)), true);
    }
  }

  private FakeSqlRunner sql;
  private Notebook notebook;
  private ExecutionReport report;

  @BeforeEach
  void execute() throws IOException {
    sql = new FakeSqlRunner();
    try (InputStream in = getClass().getResourceAsStream("/NotebookExecutorTest/cells.ipynb")) {
      notebook = Notebook.parse("cells.ipynb", in);
    }
    report = new NotebookExecutor(sql, 3).execute(notebook);
  }

  private JsonNode outputs(String cellId) {
    return cell(cellId).path("outputs");
  }

  private JsonNode cell(String cellId) {
    try {
      for (JsonNode c : Notebook.JSON.readTree(notebook.toJson()).get("cells")) {
        if (cellId.equals(c.path("id").asText())) return c;
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no cell " + cellId);
  }

  @Test
  void runsOnlySparkSqlCellsInOrderWithoutTheMagicLine() {
    assertEquals(List.of("SELECT lang, posts FROM gold.fake", "SELECT nope FROM gold.fake",
        "SELECT lang FROM gold.fake WHERE false", "SELECT lang FROM gold.fake WHERE anomaly",
        "CREATE OR REPLACE TEMP VIEW v AS SELECT 1"), sql.asked);
    assertEquals(List.of(3, 3, 3, 3, 3), sql.limits);
    assertEquals(6, report.cellsRun(), "the cell with magic options counts as run (and failed)");
    assertTrue(cell("python-setup").path("execution_count").isNull(), "Jupyter-only cells are left alone");
  }

  @Test
  void resultBecomesAnExecuteResultWithHtmlAndPlainText() {
    JsonNode out = outputs("ok").get(0);
    assertEquals("execute_result", out.get("output_type").asText());
    assertEquals(1, out.get("execution_count").asInt());
    assertEquals(1, cell("ok").get("execution_count").asInt());
    String html = out.get("data").get("text/html").asText();
    assertTrue(html.contains("<th dir=\"auto\">posts</th>"), html);
    assertTrue(html.contains("first 3 rows"), "a cut result says so: " + html);
    String text = out.get("data").get("text/plain").asText();
    assertTrue(text.startsWith("lang | posts\n"), text);
    assertTrue(text.contains("tr   | null"), text);
    assertEquals(3, report.run(3).orElseThrow().rowsShown());
  }

  @Test
  void failingCellGetsAnErrorOutputAndFailsTheNotebook() {
    JsonNode error = outputs("fails").get(0);
    assertEquals("error", error.get("output_type").asText());
    assertEquals("IllegalStateException", error.get("ename").asText());
    assertTrue(error.get("evalue").asText().contains("UNRESOLVED_COLUMN"));
    assertTrue(error.get("traceback").isArray());
    assertFalse(report.succeeded());
    assertEquals("cells.ipynb cell 4 [fails]: IllegalStateException: [UNRESOLVED_COLUMN] A column `nope` cannot be "
        + "resolved. (and 2 more failing cells)", report.firstProblem().orElseThrow());
  }

  @Test
  void emptyResultFailsACellThatMustReturnRows() {
    CellRun empty = report.run(5).orElseThrow();
    assertEquals("EmptyResult", empty.problem().name());
    JsonNode out = outputs("empty");
    assertEquals("execute_result", out.get(0).get("output_type").asText(), "the empty table is still shown");
    assertEquals("EmptyResult", out.get(1).get("ename").asText());
  }

  @Test
  void mayBeEmptyCellsAndStatementsPassWithoutRows() {
    assertNull(report.run(6).orElseThrow().problem());
    assertEquals(1, outputs("empty-allowed").size());
    assertNull(report.run(7).orElseThrow().problem(), "CREATE VIEW returns no columns and is not a query");
    assertEquals(0, outputs("statement").size());
    assertEquals(5, cell("statement").get("execution_count").asInt());
  }

  @Test
  void magicOptionsAreRefusedRatherThanIgnored() {
    CellRun withOptions = report.run(8).orElseThrow();
    assertEquals("UnsupportedMagicOptions", withOptions.problem().name());
    assertTrue(withOptions.problem().message().contains("-v my_view"), withOptions.problem().message());
    assertEquals(List.of(4, 5, 8), report.failures().stream().map(CellRun::cellNumber).toList());
  }

  @Test
  void reportCountsRowsShown() {
    assertEquals(3, report.rowsShown());
  }
}
