package io.trustwatch.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One notebook cell, a view over its JSON object. A code cell whose first line is the
 * {@value #SPARK_SQL_MAGIC} cell magic is a Spark SQL cell: Jupyter runs it through sparksql-magic,
 * {@code trustwatch notebook} runs the same SQL itself.
 */
public final class Cell {

  /** The cell magic of the sparksql-magic IPython extension. */
  public static final String SPARK_SQL_MAGIC = "%%sparksql";

  private final ObjectNode node;

  Cell(ObjectNode node) {
    this.node = node;
  }

  public boolean isMarkdown() {
    return "markdown".equals(node.path("cell_type").asText());
  }

  public boolean isCode() {
    return "code".equals(node.path("cell_type").asText());
  }

  /** The nbformat 4.5 cell id, or null for notebooks written before cell ids existed. */
  public String id() {
    return node.hasNonNull("id") ? node.get("id").asText() : null;
  }

  /** nbformat stores source as one string or as a list of lines; either way this is the whole text. */
  public String source() {
    JsonNode source = node.path("source");
    if (!source.isArray()) return source.asText("");
    StringBuilder text = new StringBuilder();
    source.forEach(line -> text.append(line.asText()));
    return text.toString();
  }

  public boolean isSparkSql() {
    return isCode() && firstLine().strip().split("\\s+", 2)[0].equals(SPARK_SQL_MAGIC);
  }

  /** What follows the magic on its line, e.g. {@code -v view}; trustwatch runs only cells without options. */
  public String sparkSqlOptions() {
    return firstLine().strip().substring(SPARK_SQL_MAGIC.length()).strip();
  }

  /** The SQL statement: the cell without its magic line. */
  public String sparkSql() {
    String source = source();
    int newline = source.indexOf('\n');
    return newline < 0 ? "" : source.substring(newline + 1).strip();
  }

  /**
   * Whether an empty result is normal for this cell (cell metadata {@code "trustwatch": {"may_be_empty": true}}),
   * e.g. "anomalies this week". Every other SQL cell must return rows.
   */
  public boolean mayBeEmpty() {
    return node.path("metadata").path("trustwatch").path("may_be_empty").asBoolean(false);
  }

  public Integer executionCount() {
    JsonNode count = node.path("execution_count");
    return count.isInt() ? count.asInt() : null;
  }

  public List<JsonNode> outputs() {
    List<JsonNode> list = new ArrayList<>();
    node.path("outputs").forEach(list::add);
    return list;
  }

  /** Replaces the outputs and execution count, as a kernel does when it runs the cell. */
  void setExecuted(int executionCount, List<ObjectNode> outputs) {
    node.put("execution_count", executionCount);
    ArrayNode array = node.putArray("outputs");
    outputs.forEach(array::add);
  }

  private String firstLine() {
    String source = source();
    int newline = source.indexOf('\n');
    return newline < 0 ? source : source.substring(0, newline);
  }
}
