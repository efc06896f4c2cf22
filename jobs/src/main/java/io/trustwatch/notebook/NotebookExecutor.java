package io.trustwatch.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trustwatch.notebook.CellRun.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a notebook's Spark SQL cells in order and fills their outputs the way a Jupyter kernel would
 * ({@code execute_result} with an HTML table and a plain-text fallback, or {@code error}). A failing
 * cell does not stop the run: later cells still run, so one execution shows every problem.
 */
public final class NotebookExecutor {

  private final SqlRunner sql;
  private final int maxRows;

  /** @param maxRows rows kept per cell; a notebook is read by people, and larger results belong in a table */
  public NotebookExecutor(SqlRunner sql, int maxRows) {
    if (maxRows < 1) throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
    this.sql = sql;
    this.maxRows = maxRows;
  }

  /** Executes in place: the notebook's SQL cells get new outputs; other cells are left as they are. */
  public ExecutionReport execute(Notebook notebook) {
    List<CellRun> runs = new ArrayList<>();
    List<Cell> cells = notebook.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).isSparkSql()) runs.add(run(cells.get(i), i + 1, runs.size() + 1));
    }
    return new ExecutionReport(notebook.name(), runs);
  }

  private CellRun run(Cell cell, int cellNumber, int executionCount) {
    if (!cell.sparkSqlOptions().isEmpty()) {
      // sparksql-magic options (-v VIEW, -c, a variable) change what later cells see; ignoring them
      // would make this run differ from Jupyter's, so such a cell fails instead.
      return failed(cell, cellNumber, executionCount, new Problem("UnsupportedMagicOptions",
          "trustwatch runs plain " + Cell.SPARK_SQL_MAGIC + " cells; remove '" + cell.sparkSqlOptions() + "'"));
    }
    QueryResult result;
    try {
      result = sql.run(cell.sparkSql(), maxRows);
    } catch (Exception e) {
      return failed(cell, cellNumber, executionCount,
          new Problem(e.getClass().getSimpleName(), e.getMessage() != null ? e.getMessage() : e.toString()));
    }
    List<ObjectNode> outputs = new ArrayList<>();
    if (!result.isStatement()) outputs.add(CellOutputs.executeResult(executionCount, result));
    Problem problem = null;
    if (result.rows().isEmpty() && !result.isStatement() && !cell.mayBeEmpty()) {
      problem = new Problem("EmptyResult", "the query returned no rows; if that can be normal for this cell, "
          + "set its metadata \"trustwatch\": {\"may_be_empty\": true}");
      outputs.add(CellOutputs.error(problem));
    }
    cell.setExecuted(executionCount, outputs);
    return new CellRun(cellNumber, cell.id(), executionCount, result, problem);
  }

  private static CellRun failed(Cell cell, int cellNumber, int executionCount, Problem problem) {
    cell.setExecuted(executionCount, List.of(CellOutputs.error(problem)));
    return new CellRun(cellNumber, cell.id(), executionCount, null, problem);
  }
}
