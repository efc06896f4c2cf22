package io.trustwatch.notebook;

/**
 * One executed SQL cell.
 *
 * @param cellNumber     1-based position among all cells, as a reader counts them in Jupyter
 * @param executionCount the {@code In [n]} number the cell was given
 * @param result         null when the statement failed
 * @param problem        null when the cell is fine; set for a failed statement or an unexpected empty result
 */
public record CellRun(int cellNumber, String cellId, int executionCount, QueryResult result, Problem problem) {

  /** Why a cell fails the notebook, in nbformat error terms (ename, evalue). */
  public record Problem(String name, String message) {

    /** The first line: Spark messages go on with query context that does not fit a one-line cause. */
    public String firstLine() {
      String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
      return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
  }

  public int rowsShown() {
    return result == null ? 0 : result.rows().size();
  }

  /** How messages name the cell: its number and, when it has one, its id. */
  public String label() {
    return "cell " + cellNumber + (cellId == null ? "" : " [" + cellId + "]");
  }
}
