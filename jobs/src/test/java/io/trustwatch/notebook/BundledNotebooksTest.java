package io.trustwatch.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The notebooks in the repository's notebooks/ folder, as the jar bundles them. */
class BundledNotebooksTest {

  /** sparksql-magic replaces {name} with the Python variable of that name, and fails when there is none. */
  private static final Pattern BIND_VARIABLE = Pattern.compile("\\{[A-Za-z0-9_]+}");

  @Test
  void everyNotebookOfTheFolderIsBundled() throws IOException {
    // Surefire runs in the module directory, jobs/.
    try (Stream<Path> files = Files.list(Path.of("..", "notebooks"))) {
      List<String> inFolder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
      assertEquals(inFolder, BundledNotebooks.NAMES.stream().sorted().toList());
    }
    assertEquals(BundledNotebooks.NAMES, BundledNotebooks.load().stream().map(Notebook::name).toList());
  }

  @Test
  void sqlCellsRunUnchangedInJupyterAndCanBeNamedInMessages() throws IOException {
    for (Notebook notebook : BundledNotebooks.load()) {
      List<Cell> sql = notebook.cells().stream().filter(Cell::isSparkSql).toList();
      assertFalse(sql.isEmpty(), notebook.name());
      for (Cell cell : sql) {
        assertNotNull(cell.id(), notebook.name() + ": every SQL cell has an id");
        assertEquals("", cell.sparkSqlOptions(), notebook.name() + " " + cell.id());
        assertFalse(BIND_VARIABLE.matcher(cell.sparkSql()).find(), notebook.name() + " " + cell.id()
            + " contains {name}, which sparksql-magic would replace");
        assertFalse(cell.sparkSql().strip().endsWith(";"), notebook.name() + " " + cell.id());
      }
      long jupyterOnly = notebook.cells().stream().filter(c -> c.isCode() && !c.isSparkSql()).count();
      assertEquals(1, jupyterOnly, notebook.name() + ": one Python cell, the Jupyter setup");
      assertTrue(notebook.cells().stream().allMatch(c -> c.outputs().isEmpty() && c.executionCount() == null),
          notebook.name() + " is committed without outputs");
    }
  }
}
