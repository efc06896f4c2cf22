package io.trustwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run Spark SQL over the lakehouse tables by name (bronze.posts, silver.scored_posts, "
        + "gold.churn_risk, ops.run_log, ...) and print the result.")
final class SqlCommand implements Callable<Integer> {

  enum Format { TSV, JSON, TABLE }

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL statement.")
  String query;

  @Option(names = "--format", defaultValue = "TABLE", paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (JSON is one object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--limit", defaultValue = "1000", paramLabel = "N",
      description = "At most N rows are printed. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin SparkOptions spark;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SparkSession session = spark.session();
    spark.lakehouse().registerTables(session);
    Dataset<Row> result = session.sql(query);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> printTable(out, result.columns(), result.takeAsList(limit));
      case JSON -> result.toJSON().takeAsList(limit).forEach(out::println);
      case TSV -> {
        out.println(String.join("\t", result.columns()));
        for (Row r : result.takeAsList(limit)) {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < r.length(); i++) {
            if (i > 0) line.append('\t');
            Object v = r.get(i);
            line.append(v == null ? "" : io.trustwatch.scoring.ScoreFile.escape(cell(v)));
          }
          out.println(line);
        }
      }
    }
    out.flush();
    return 0;
  }

  /** A value as people write it: arrays as [a, b], maps as {k=v}, structs as {a, b}, not Scala's toString. */
  static String cell(Object v) {
    if (v == null) return "null";
    if (v instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(SqlCommand::cell)
          .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof scala.collection.Map<?, ?> map) {
      return scala.jdk.javaapi.CollectionConverters.asJava(map).entrySet().stream()
          .map(e -> cell(e.getKey()) + "=" + cell(e.getValue()))
          .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }
    if (v instanceof Row row) {
      java.util.List<String> fields = new java.util.ArrayList<>();
      for (int i = 0; i < row.length(); i++) fields.add(cell(row.get(i)));
      return "{" + String.join(", ", fields) + "}";
    }
    return v.toString();
  }

  /** A plain text grid; cells longer than 60 characters are cut so rows stay readable in a terminal. */
  private static void printTable(PrintWriter out, String[] columns, java.util.List<Row> rows) {
    String[][] cells = new String[rows.size() + 1][columns.length];
    cells[0] = columns;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        Object v = rows.get(r).get(c);
        String s = v == null ? "null" : cell(v).replace('\n', ' ');
        cells[r + 1][c] = s.length() > 60 ? s.substring(0, 57) + "..." : s;
      }
    }
    int[] width = new int[columns.length];
    for (String[] row : cells) {
      for (int c = 0; c < row.length; c++) width[c] = Math.max(width[c], row[c].length());
    }
    for (int r = 0; r < cells.length; r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns.length; c++) {
        line.append(c == 0 ? "" : " | ").append(String.format("%-" + width[c] + "s", cells[r][c]));
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) out.println("-".repeat(line.length()));
    }
    out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }
}
