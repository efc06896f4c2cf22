package io.trustwatch.lakehouse;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The lakehouse directory: where each {@link Table} lives and how to open it. */
public final class Lakehouse {

  private final Path root;

  public Lakehouse(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public String path(Table table) {
    return root.resolve(table.layer()).resolve(table.shortName()).toString();
  }

  public boolean exists(SparkSession spark, Table table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  public Optional<DeltaTable> deltaTable(SparkSession spark, Table table) {
    return exists(spark, table) ? Optional.of(DeltaTable.forPath(spark, path(table))) : Optional.empty();
  }

  public Dataset<Row> read(SparkSession spark, Table table) {
    return spark.read().format("delta").load(path(table));
  }

  public long count(SparkSession spark, Table table) {
    return exists(spark, table) ? read(spark, table).count() : 0L;
  }

  /** Deletes matching rows with Delta DELETE; returns how many were deleted (0 when the table does not exist). */
  public long delete(SparkSession spark, Table table, Column condition) {
    Optional<DeltaTable> delta = deltaTable(spark, table);
    if (delta.isEmpty()) return 0;
    delta.get().delete(condition);
    return Long.parseLong(lastOperationMetrics(delta.get()).getOrDefault("numDeletedRows", "0"));
  }

  /** The metrics Delta recorded for the table's latest commit (rows inserted, updated, deleted, …). */
  public static Map<String, String> lastOperationMetrics(DeltaTable table) {
    Row last = table.history(1).select("operationMetrics").first();
    return last.getJavaMap(0);
  }

  /**
   * Registers every existing table under its public name ({@code bronze.posts}, …) in the
   * session catalog, so SQL and notebooks can address tables by name.
   */
  public void registerTables(SparkSession spark) {
    for (Table table : Table.values()) {
      if (!exists(spark, table)) continue;
      spark.sql("CREATE DATABASE IF NOT EXISTS " + table.layer());
      spark.sql("CREATE TABLE IF NOT EXISTS " + table.qualifiedName() + " USING delta LOCATION '"
          + path(table).replace("'", "\\'") + "'");
    }
  }
}
