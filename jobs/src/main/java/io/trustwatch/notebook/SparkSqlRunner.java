package io.trustwatch.notebook;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs notebook SQL on a Spark session, with values rendered as Spark SQL itself casts them to text. */
public final class SparkSqlRunner implements SqlRunner {

  private final SparkSession spark;

  public SparkSqlRunner(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public QueryResult run(String sql, int maxRows) {
    Dataset<Row> result = spark.sql(sql);
    String[] columns = result.columns();
    // Positional names first: a result may repeat a column name (SELECT a.id, b.id), which col() cannot pick.
    String[] positional = new String[columns.length];
    for (int i = 0; i < columns.length; i++) positional[i] = "c" + i;
    // CAST(... AS STRING) gives arrays as [a, b], maps as {k -> v}, timestamps without a 'T'; Java's toString
    // of the Scala values Spark returns would print ArraySeq(a, b).
    Column[] asText = Arrays.stream(positional).map(name -> col(name).cast("string")).toArray(Column[]::new);
    List<Row> rows = result.toDF(positional).select(asText).takeAsList(maxRows + 1);
    List<List<String>> values = new ArrayList<>();
    for (Row row : rows.subList(0, Math.min(rows.size(), maxRows))) {
      List<String> line = new ArrayList<>(columns.length);
      for (int i = 0; i < columns.length; i++) line.add(row.isNullAt(i) ? null : row.getString(i));
      values.add(line);
    }
    return new QueryResult(Arrays.asList(columns), values, rows.size() > maxRows);
  }
}
