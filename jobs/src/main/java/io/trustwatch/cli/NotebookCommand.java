package io.trustwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.trustwatch.notebook.Notebook;
import io.trustwatch.notebook.NotebookRunner;
import io.trustwatch.notebook.NotebookRunner.NotebookRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "notebook", mixinStandardHelpOptions = true,
    description = {
        "Execute Jupyter notebooks without Jupyter: every %%%%sparksql cell runs, in order, on the embedded Spark "
            + "session with the lakehouse tables registered by name (bronze.posts, gold.churn_risk, ...).",
        "Writes the executed .ipynb (outputs filled in) and an HTML page per notebook. Exits 1 when a cell fails "
            + "or returns no rows (unless its metadata says \"trustwatch\": {\"may_be_empty\": true})."})
final class NotebookCommand implements Callable<Integer> {

  @Option(names = "--execute", required = true, arity = "1..*", paramLabel = "NOTEBOOK",
      description = "The .ipynb files to execute, e.g. notebooks/weekly_trends.ipynb notebooks/data_quality.ipynb.")
  List<Path> notebooks;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory for the executed notebooks and their HTML pages (NAME.ipynb, NAME.html); created if missing.")
  Path out;

  @Option(names = "--max-rows", defaultValue = "" + NotebookRunner.DEFAULT_MAX_ROWS, paramLabel = "N",
      description = "At most N rows are kept per cell. Default: ${DEFAULT-VALUE}.")
  int maxRows;

  @Mixin SparkOptions spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (maxRows < 1) throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, got " + maxRows);
    List<Notebook> parsed = readNotebooks();
    SparkSession session = spark.sessionOnExistingTables();
    List<NotebookRun> runs = NotebookRunner.executeAll(session, spark.lakehouse(), parsed, out, maxRows);
    PrintWriter stdout = spec.commandLine().getOut();
    runs.forEach(run -> stdout.println(run.summary()));
    stdout.flush();
    java.util.Optional<String> problem = NotebookRunner.firstProblem(runs);
    if (problem.isEmpty()) return 0;
    PrintWriter err = spec.commandLine().getErr();
    err.println("trustwatch: error: " + problem.get());
    err.flush();
    return 1;
  }

  /** Reads every notebook before Spark starts, so a typo in a path costs no Spark start-up. */
  private List<Notebook> readNotebooks() throws IOException {
    List<Notebook> parsed = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    for (Path file : notebooks) {
      if (!Files.isRegularFile(file)) throw new ParameterException(spec.commandLine(), "--execute: no such file: " + file);
      Notebook notebook;
      try {
        notebook = Notebook.read(file);
      } catch (JsonProcessingException e) {
        throw new ParameterException(spec.commandLine(), "--execute: " + file + " is not JSON: " + e.getOriginalMessage());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--execute: " + e.getMessage());
      }
      if (!stems.add(notebook.stem())) {
        throw new ParameterException(spec.commandLine(), "--execute: two notebooks named " + notebook.name()
            + " would write the same output files");
      }
      if (Files.exists(out.resolve(notebook.stem() + ".ipynb"))
          && Files.isSameFile(file, out.resolve(notebook.stem() + ".ipynb"))) {
        throw new ParameterException(spec.commandLine(), "--out: " + out + " would overwrite the notebook " + file
            + " with its executed copy; choose another directory");
      }
      parsed.add(notebook);
    }
    return parsed;
  }
}
