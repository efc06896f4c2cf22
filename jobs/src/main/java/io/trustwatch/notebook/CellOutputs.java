package io.trustwatch.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trustwatch.notebook.CellRun.Problem;

/** Cell outputs in nbformat 4 terms, as a kernel would have written them. */
final class CellOutputs {

  private CellOutputs() {}

  static ObjectNode executeResult(int executionCount, QueryResult result) {
    ObjectNode output = Notebook.JSON.createObjectNode();
    output.put("output_type", "execute_result");
    output.put("execution_count", executionCount);
    ObjectNode data = output.putObject("data");
    data.put("text/html", NotebookHtml.table(result));
    data.put("text/plain", result.toPlainText());
    output.putObject("metadata");
    return output;
  }

  static ObjectNode error(Problem problem) {
    ObjectNode output = Notebook.JSON.createObjectNode();
    output.put("output_type", "error");
    output.put("ename", problem.name());
    output.put("evalue", problem.message());
    // nbformat requires a traceback; the SQL engine's stack is noise to a notebook reader.
    output.putArray("traceback").add(problem.name() + ": " + problem.message());
    return output;
  }
}
