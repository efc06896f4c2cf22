package io.trustwatch.notebook;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) held as the JSON tree it was read from. Only cells are
 * interpreted; every other field (kernel metadata, cell ids, tags, fields of newer nbformat minors)
 * is kept as read, so an executed notebook differs from its source only in its outputs.
 */
public final class Notebook {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Written the way Jupyter writes notebooks (one-space indent, "key": value), so diffs stay small. */
  private static final ObjectWriter JUPYTER_STYLE = JSON.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter(" ", "\n"))
      .withArrayIndenter(new DefaultIndenter(" ", "\n")));

  private final String name;
  private final ObjectNode root;
  private final List<Cell> cells;

  private Notebook(String name, ObjectNode root) {
    this.name = name;
    this.root = root;
    List<Cell> list = new ArrayList<>();
    root.get("cells").forEach(c -> {
      if (!c.isObject()) throw new IllegalArgumentException(name + ": a cell is not a JSON object");
      list.add(new Cell((ObjectNode) c));
    });
    this.cells = List.copyOf(list);
  }

  public static Notebook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.getFileName().toString(), in);
    }
  }

  /**
   * @param name the file name, e.g. {@code weekly_trends.ipynb}; output files and messages use it
   * @throws IllegalArgumentException when the JSON is not an nbformat 4 notebook
   */
  public static Notebook parse(String name, InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject() || root.path("nbformat").asInt() != 4 || !root.path("cells").isArray()) {
      throw new IllegalArgumentException(name + " is not a Jupyter notebook in nbformat 4 (no \"nbformat\": 4 and \"cells\")");
    }
    return new Notebook(name, (ObjectNode) root);
  }

  public String name() {
    return name;
  }

  /** The file name without {@code .ipynb}: the stem of the files an execution writes. */
  public String stem() {
    return name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
  }

  public List<Cell> cells() {
    return cells;
  }

  public String toJson() throws IOException {
    return JUPYTER_STYLE.writeValueAsString(root) + "\n";
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }
}
