package io.trustwatch.notebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a SQL cell returned, values already rendered as text (null stays null).
 *
 * @param rows      at most the row limit the cell ran with
 * @param truncated whether the query had more rows than {@code rows} holds
 */
public record QueryResult(List<String> columns, List<List<String>> rows, boolean truncated) {

  public QueryResult {
    columns = List.copyOf(columns);
    // List.copyOf would reject the nulls that stand for SQL NULL.
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /** A statement with no result columns (DDL such as {@code CREATE TEMP VIEW}) is not expected to return rows. */
  public boolean isStatement() {
    return columns.isEmpty();
  }

  /** A fixed-width text table: the {@code text/plain} output Jupyter shows where HTML is not rendered. */
  public String toPlainText() {
    if (isStatement()) return "OK";
    int[] width = new int[columns.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = columns.get(c).length();
      for (List<String> row : rows) width[c] = Math.max(width[c], display(row.get(c)).length());
    }
    StringBuilder text = new StringBuilder();
    appendLine(text, columns, width);
    text.append("-".repeat(Arrays.stream(width).sum() + 3 * (width.length - 1))).append('\n');
    for (List<String> row : rows) appendLine(text, row, width);
    text.append(rowCountLabel());
    return text.toString();
  }

  /** E.g. "3 rows", or "first 50 rows" when the limit cut the result. */
  public String rowCountLabel() {
    return (truncated ? "first " : "") + rows.size() + (rows.size() == 1 ? " row" : " rows");
  }

  private static void appendLine(StringBuilder text, List<String> values, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      if (c > 0) line.append(" | ");
      line.append(String.format("%-" + width[c] + "s", display(values.get(c))));
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /** Text tables keep one line per row. */
  private static String display(String value) {
    return value == null ? "null" : value.replace('\n', ' ');
  }
}
