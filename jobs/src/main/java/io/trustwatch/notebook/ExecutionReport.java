package io.trustwatch.notebook;

import java.util.List;
import java.util.Optional;

/** What executing one notebook did: every SQL cell run, in order. */
public record ExecutionReport(String notebook, List<CellRun> runs) {

  public ExecutionReport {
    runs = List.copyOf(runs);
  }

  public int cellsRun() {
    return runs.size();
  }

  public int rowsShown() {
    return runs.stream().mapToInt(CellRun::rowsShown).sum();
  }

  public List<CellRun> failures() {
    return runs.stream().filter(r -> r.problem() != null).toList();
  }

  public boolean succeeded() {
    return failures().isEmpty();
  }

  /** The run of the cell at this 1-based position, if it is a SQL cell that ran. */
  public Optional<CellRun> run(int cellNumber) {
    return runs.stream().filter(r -> r.cellNumber() == cellNumber).findFirst();
  }

  /** One line naming the notebook and the first failing cell, e.g. for a scheduler's log; empty when all passed. */
  public Optional<String> firstProblem() {
    List<CellRun> failures = failures();
    if (failures.isEmpty()) return Optional.empty();
    CellRun first = failures.get(0);
    String more = failures.size() > 1 ? " (and " + (failures.size() - 1) + " more failing cell"
        + (failures.size() > 2 ? "s" : "") + ")" : "";
    return Optional.of(notebook + " " + first.label() + ": " + first.problem().name() + ": "
        + first.problem().firstLine() + more);
  }
}
