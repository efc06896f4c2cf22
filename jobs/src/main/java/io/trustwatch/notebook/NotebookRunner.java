package io.trustwatch.notebook;

import io.trustwatch.lakehouse.Lakehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Executes notebooks against a lakehouse and writes, per notebook, the executed {@code .ipynb} and
 * its HTML page. Used by {@code trustwatch notebook}, and callable after a pipeline run (e.g. by
 * {@code demo} with {@link BundledNotebooks#load()}).
 */
public final class NotebookRunner {

  /** Rows kept per cell unless told otherwise. */
  public static final int DEFAULT_MAX_ROWS = 50;

  private NotebookRunner() {}

  /** One executed notebook and where its files are. */
  public record NotebookRun(ExecutionReport report, Path notebook, Path html) {

    /** E.g. {@code weekly_trends.ipynb: 9 SQL cells run, 120 rows shown -> out/weekly_trends.ipynb, out/weekly_trends.html}. */
    public String summary() {
      int failed = report.failures().size();
      return report.notebook() + ": " + report.cellsRun() + " SQL cells run, " + report.rowsShown() + " rows shown"
          + (failed > 0 ? ", " + failed + " failing" : "") + " -> " + notebook + ", " + html;
    }
  }

  /**
   * Registers the lakehouse tables by name on the session, executes each notebook in order and writes
   * {@code <outDir>/<stem>.ipynb} and {@code <outDir>/<stem>.html}; files are written for failing
   * notebooks too, since their error outputs show what went wrong.
   */
  public static List<NotebookRun> executeAll(SparkSession spark, Lakehouse lakehouse, List<Notebook> notebooks,
      Path outDir, int maxRows) throws IOException {
    lakehouse.registerTables(spark);
    NotebookExecutor executor = new NotebookExecutor(new SparkSqlRunner(spark), maxRows);
    Files.createDirectories(outDir);
    List<NotebookRun> runs = new ArrayList<>();
    for (Notebook notebook : notebooks) {
      ExecutionReport report = executor.execute(notebook);
      Path ipynb = outDir.resolve(notebook.stem() + ".ipynb");
      Path html = outDir.resolve(notebook.stem() + ".html");
      notebook.write(ipynb);
      Files.writeString(html, NotebookHtml.page(notebook, report), StandardCharsets.UTF_8);
      runs.add(new NotebookRun(report, ipynb, html));
    }
    return runs;
  }

  /** The first failing cell's one-line cause, with how many other notebooks fail; empty when all succeeded. */
  public static java.util.Optional<String> firstProblem(List<NotebookRun> runs) {
    List<String> problems = runs.stream().flatMap(run -> run.report().firstProblem().stream()).toList();
    if (problems.isEmpty()) return java.util.Optional.empty();
    return java.util.Optional.of(problems.get(0)
        + (problems.size() > 1 ? " (" + (problems.size() - 1) + " more notebook(s) failing)" : ""));
  }
}
