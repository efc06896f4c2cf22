package io.trustwatch.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookTest {

  @TempDir Path tmp;

  private static Notebook fixture() throws IOException {
    try (InputStream in = NotebookTest.class.getResourceAsStream("/NotebookTest/unknown-fields.ipynb")) {
      return Notebook.parse("unknown-fields.ipynb", in);
    }
  }

  private static JsonNode fixtureTree() throws IOException {
    try (InputStream in = NotebookTest.class.getResourceAsStream("/NotebookTest/unknown-fields.ipynb")) {
      return Notebook.JSON.readTree(in);
    }
  }

  @Test
  void writingWhatWasReadKeepsEveryField() throws IOException {
    Path written = tmp.resolve("copy.ipynb");
    fixture().write(written);
    assertEquals(fixtureTree(), Notebook.JSON.readTree(written.toFile()));
    assertEquals(fixtureTree(), Notebook.JSON.readTree(Notebook.read(written).toJson()));
  }

  @Test
  void executingReplacesOutputsAndKeepsEverythingElse() throws IOException {
    Notebook notebook = fixture();
    new NotebookExecutor((sql, maxRows) -> new QueryResult(List.of("one"), List.of(List.of("1")), false), 10)
        .execute(notebook);
    JsonNode after = Notebook.JSON.readTree(notebook.toJson());
    JsonNode before = fixtureTree();

    JsonNode cell = after.get("cells").get(1);
    assertEquals(1, cell.get("execution_count").asInt());
    assertEquals("execute_result", cell.get("outputs").get(0).get("output_type").asText());
    assertEquals(before.get("cells").get(1).get("metadata"), cell.get("metadata"));
    assertEquals(before.get("cells").get(0), after.get("cells").get(0));
    assertEquals(before.get("metadata"), after.get("metadata"));
    assertEquals(before.get("x_unknown_top_level"), after.get("x_unknown_top_level"));
  }

  @Test
  void sourceMayBeOneStringOrALineList() throws IOException {
    List<Cell> cells = fixture().cells();
    assertEquals("# Title\nA single-string source, as some tools write it.", cells.get(0).source());
    assertTrue(cells.get(0).isMarkdown());
    assertTrue(cells.get(1).isSparkSql());
    assertEquals("SELECT 1 AS one", cells.get(1).sparkSql());
    assertTrue(cells.get(1).mayBeEmpty());
    assertEquals("old-output", cells.get(1).id());
  }

  @Test
  void otherMagicsAndPlainCodeAreNotSparkSql() throws IOException {
    String json = """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "code", "id": "a", "metadata": {}, "outputs": [], "execution_count": null, "source": "%%sql\\nSELECT 1"},
          {"cell_type": "code", "id": "b", "metadata": {}, "outputs": [], "execution_count": null, "source": "%%sparksqlx\\nSELECT 1"},
          {"cell_type": "markdown", "id": "c", "metadata": {}, "source": "%%sparksql\\nSELECT 1"}]}
        """;
    Notebook notebook = Notebook.parse("magics.ipynb", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertFalse(notebook.cells().stream().anyMatch(Cell::isSparkSql));
  }

  @Test
  void jsonThatIsNotANotebookIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Notebook.parse("x.ipynb",
        new ByteArrayInputStream("{\"nbformat\": 3, \"worksheets\": []}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("x.ipynb is not a Jupyter notebook"), e.getMessage());
  }

  @Test
  void stemDropsTheExtension() throws IOException {
    assertEquals("unknown-fields", fixture().stem());
  }
}
