package io.trustwatch.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookHtmlTest {

  private static final String SCRIPT = "<script>alert('x')</script>";

  private static Notebook notebook(String markdown, String sql) throws IOException {
    String json = Notebook.JSON.writeValueAsString(java.util.Map.of(
        "nbformat", 4, "nbformat_minor", 5, "metadata", java.util.Map.of(),
        "cells", List.of(
            java.util.Map.of("cell_type", "markdown", "id", "md", "metadata", java.util.Map.of(), "source", markdown),
            java.util.Map.of("cell_type", "code", "id", "q", "metadata", java.util.Map.of(), "outputs", List.of(),
                "execution_count", "", "source", "%%sparksql\n" + sql))));
    return Notebook.parse("page.ipynb", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String executedPage(String markdown, String sql, QueryResult result) throws IOException {
    Notebook notebook = notebook(markdown, sql);
    ExecutionReport report = new NotebookExecutor((s, maxRows) -> result, 50).execute(notebook);
    return NotebookHtml.page(notebook, report);
  }

  @Test
  void cellValuesColumnNamesAndSqlAreEscaped() throws IOException {
    QueryResult result = new QueryResult(List.of(SCRIPT), List.of(List.of(SCRIPT)), false);
    String page = executedPage("# Report", "SELECT '" + SCRIPT + "'", result);
    assertFalse(page.contains(SCRIPT), page);
    assertFalse(page.contains("<script"), "no script element at all: " + page);
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
    assertFalse(NotebookHtml.table(result).contains("<script"));
  }

  @Test
  void markdownIsRenderedAndItsRawHtmlEscaped() {
    String html = NotebookHtml.markdown("## Rising themes\n\nPosts **up** 12%, see `gold.theme_weekly`.\n\n" + SCRIPT
        + "\n\n[click](javascript:alert(1))");
    assertTrue(html.contains("<h2>Rising themes</h2>"), html);
    assertTrue(html.contains("<strong>up</strong>"), html);
    assertTrue(html.contains("<code>gold.theme_weekly</code>"), html);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("javascript:"), html);
  }

  @Test
  void pageIsSelfContainedTitledAndCellsReadInTheirOwnDirection() throws IOException {
    QueryResult result = new QueryResult(List.of("lang", "evidence", "mentions", "net"),
        List.of(Arrays.asList("ar", "وعدوني استرد فلوسي", "1,204", null)), false);
    String page = executedPage("# Weekly trust & churn report\nText.", "SELECT 1", result);
    assertTrue(page.contains("<title>Weekly trust &amp; churn report</title>"), page);
    assertTrue(page.contains("<style>"));
    assertFalse(page.contains("<link") || page.contains("src=\""), "nothing loaded from elsewhere");
    assertTrue(page.contains("<td dir=\"auto\" class=\"text\">وعدوني استرد فلوسي</td>"), page);
    assertTrue(page.contains("<td dir=\"auto\" class=\"num\">1,204</td>"), page);
    assertTrue(page.contains("<td dir=\"auto\" class=\"null\">null</td>"), page);
    assertTrue(page.contains("1 SQL cell, 1 row shown"), page);
  }

  @Test
  void failingCellShowsItsErrorOnThePage() throws IOException {
    Notebook notebook = notebook("# R", "SELECT nope");
    ExecutionReport report = new NotebookExecutor((s, maxRows) -> {
      throw new IllegalArgumentException("column <nope> not found");
    }, 50).execute(notebook);
    String page = NotebookHtml.page(notebook, report);
    assertTrue(page.contains("<strong>IllegalArgumentException</strong>: column &lt;nope&gt; not found"), page);
    assertTrue(page.contains("1 failing"), page);
    assertEquals(1, report.failures().size());
  }
}
