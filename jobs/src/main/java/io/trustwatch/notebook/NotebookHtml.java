package io.trustwatch.notebook;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an executed notebook as one self-contained HTML page (inline CSS, no scripts), and a
 * query result as the HTML table of its cell output. Every value goes through Mustache's
 * {@code {{ }}}, which HTML-escapes it; the only unescaped insertions are Markdown rendered with
 * raw HTML escaped and tables rendered by the same template.
 */
public final class NotebookHtml {

  /** Right-aligned in tables; includes format_number's thousands separators and a signed change. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?[\\d,]*\\d(\\.\\d+)?([eE]-?\\d+)?");
  private static final Parser MARKDOWN = Parser.builder().build();
  /** Notebooks may come from anywhere: HTML inside Markdown is shown as text, and javascript: links are dropped. */
  private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Mustache.Compiler MUSTACHE = Mustache.compiler().withLoader(NotebookHtml::template);
  private static final Template PAGE = MUSTACHE.compile(readTemplate("page"));
  private static final Template TABLE = MUSTACHE.compile(readTemplate("table"));

  private NotebookHtml() {}

  /** The page for a notebook {@link NotebookExecutor} has executed. */
  public static String page(Notebook notebook, ExecutionReport report) {
    List<Map<String, Object>> cells = new ArrayList<>();
    List<Cell> all = notebook.cells();
    for (int i = 0; i < all.size(); i++) {
      Cell cell = all.get(i);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("markdown", cell.isMarkdown() ? List.of(Map.of("html", markdown(cell.source()))) : List.of());
      view.put("sql", report.run(i + 1).map(run -> List.of(sqlCell(cell, run))).orElse(List.of()));
      view.put("other", cell.isCode() && !cell.isSparkSql() ? List.of(Map.of("source", cell.source())) : List.of());
      cells.add(view);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", title(notebook));
    view.put("notebook", notebook.name());
    view.put("summary", count(report.cellsRun(), "SQL cell") + ", " + count(report.rowsShown(), "row") + " shown");
    view.put("failures", report.failures().isEmpty() ? List.of() : List.of(Map.of("count", report.failures().size())));
    view.put("cells", cells);
    return PAGE.execute(view);
  }

  /** The {@code text/html} output of a SQL cell. */
  public static String table(QueryResult result) {
    return TABLE.execute(tableView(result));
  }

  /** Markdown as HTML; raw HTML in the source is escaped. */
  public static String markdown(String source) {
    return MARKDOWN_HTML.render(MARKDOWN.parse(source));
  }

  private static Map<String, Object> sqlCell(Cell cell, CellRun run) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("executionCount", run.executionCount());
    view.put("source", cell.source());
    view.put("table", run.result() == null || run.result().isStatement() ? List.of() : List.of(tableView(run.result())));
    view.put("problem", run.problem() == null ? List.of() : List.of(Map.of("name", run.problem().name(),
        "message", run.problem().message())));
    return view;
  }

  private static Map<String, Object> tableView(QueryResult result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> row : result.rows()) {
      List<Map<String, Object>> values = new ArrayList<>();
      for (String value : row) {
        String kind = value == null ? "null" : NUMBER.matcher(value).matches() ? "num" : "text";
        values.add(Map.of("value", value == null ? "null" : value, "kind", kind));
      }
      rows.add(Map.of("values", values));
    }
    return Map.of("columns", result.columns(), "rows", rows, "rowCount", result.rowCountLabel());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The notebook's first Markdown heading, else its file name. */
  private static String title(Notebook notebook) {
    return notebook.cells().stream().filter(Cell::isMarkdown)
        .flatMap(c -> c.source().lines())
        .filter(line -> line.startsWith("# "))
        .map(line -> line.substring(2).strip())
        .findFirst().orElse(notebook.stem());
  }

  private static Reader template(String name) {
    return new StringReader(readTemplate(name));
  }

  private static String readTemplate(String name) {
    String resource = "/io/trustwatch/notebook/" + name + ".html.mustache";
    try (InputStream in = NotebookHtml.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("template " + resource + " is missing from this build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
