package io.trustwatch.lakehouse;

import io.delta.tables.DeltaTable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/** The lakehouse directory: where each {@link Table} lives and how to open it. */
public final class Lakehouse {

  private static final String CHANGE_FEED = "delta.enableChangeDataFeed";

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

  /** The tables that exist, in {@link Table} order. */
  public List<Table> existingTables(SparkSession spark) {
    return Arrays.stream(Table.values()).filter(t -> exists(spark, t)).toList();
  }

  /** Opens the table, creating it empty with {@code schema} when it does not exist yet. */
  public DeltaTable createIfNotExists(SparkSession spark, Table table, StructType schema) {
    return DeltaTable.createIfNotExists(spark).location(path(table)).addColumns(schema).execute();
  }

  /**
   * Opens the table with Delta's change data feed on, so a reader can ask which rows a range of versions
   * inserted or changed: created so when missing; an older table gets the property (the feed then
   * covers the versions from that one on).
   */
  public DeltaTable withChangeFeed(SparkSession spark, Table table, StructType schema) {
    if (!exists(spark, table)) {
      return DeltaTable.createIfNotExists(spark).location(path(table)).addColumns(schema)
          .property(CHANGE_FEED, "true").execute();
    }
    enableChangeFeed(spark, table);
    return DeltaTable.forPath(spark, path(table));
  }

  /** Turns an existing table's change data feed on, when it is off; the feed covers the versions from then on. */
  public void enableChangeFeed(SparkSession spark, Table table) {
    Map<String, String> properties = DeltaTable.forPath(spark, path(table)).detail().select("properties").first()
        .getJavaMap(0);
    if (!"true".equals(properties.get(CHANGE_FEED))) {
      spark.sql("ALTER TABLE delta.`" + path(table).replace("`", "``") + "` SET TBLPROPERTIES (" + CHANGE_FEED
          + " = true)");
    }
  }

  public Dataset<Row> read(SparkSession spark, Table table) {
    return spark.read().format("delta").load(path(table));
  }

  /** The table as it was at {@code version}, so what a stage reads and the version it records agree. */
  public Dataset<Row> readAt(SparkSession spark, Table table, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(path(table));
  }

  /**
   * The table's change data feed from {@code fromVersion} to {@code toVersion}, both included: its rows
   * with {@code _change_type}, {@code _commit_version} and {@code _commit_timestamp}. Fails (Delta's
   * AnalysisException) when the feed was off for one of the versions or its files were vacuumed.
   */
  public Dataset<Row> changes(SparkSession spark, Table table, long fromVersion, long toVersion) {
    return spark.read().format("delta").option("readChangeFeed", "true").option("startingVersion", fromVersion)
        .option("endingVersion", toVersion).load(path(table));
  }

  /** The table's latest version, from its latest commit in Delta's history (one small Spark job). */
  public long version(SparkSession spark, Table table) {
    return version(DeltaTable.forPath(spark, path(table)));
  }

  public long count(SparkSession spark, Table table) {
    return exists(spark, table) ? read(spark, table).count() : 0L;
  }

  /** Deletes matching rows with Delta DELETE; returns how many were deleted (0 when the table does not exist). */
  public long delete(SparkSession spark, Table table, Column condition) {
    Optional<DeltaTable> delta = deltaTable(spark, table);
    if (delta.isEmpty()) return 0;
    long before = version(delta.get());
    delta.get().delete(condition);
    return Long.parseLong(metricsSince(delta.get(), before, "DELETE").getOrDefault("numDeletedRows", "0"));
  }

  /** The table's latest version, from its latest commit in Delta's history (one small Spark job). */
  public static long version(DeltaTable table) {
    return table.history(1).select("version").first().getLong(0);
  }

  /**
   * The metrics of the commit {@code operation} ({@code DELETE}, {@code UPDATE}) made after {@code versionBefore};
   * empty when it committed nothing. A DELETE or UPDATE that matches no file makes no commit, and the latest
   * commit's metrics are then another operation's (a replaceWhere write counts deleted rows too: an opt-out run once
   * reported 502,684 rows removed that way).
   */
  public static Map<String, String> metricsSince(DeltaTable table, long versionBefore, String operation) {
    Row last = table.history(1).select("version", "operation", "operationMetrics").first();
    return last.getLong(0) > versionBefore && operation.equals(last.getString(1)) ? last.getJavaMap(2) : Map.of();
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
    for (Table table : existingTables(spark)) {
      // Asked first: Spark's CREATE DATABASE IF NOT EXISTS warns that an existing database "was created
      // concurrently", which every notebook and report run would print once per table.
      if (!spark.catalog().databaseExists(table.layer())) spark.sql("CREATE DATABASE " + table.layer());
      unregisterIfElsewhere(spark, table);
      spark.sql("CREATE TABLE IF NOT EXISTS " + table.qualifiedName() + " USING delta LOCATION '"
          + path(table).replace("'", "\\'") + "'");
    }
  }

  /**
   * One session can serve several lakehouses (the ITs share one; a notebook run may follow a run on
   * another directory), and CREATE TABLE IF NOT EXISTS would keep a name pointing at the first. The
   * names are registered with LOCATION, i.e. as external tables, so dropping one leaves its files alone.
   * The session catalog is asked directly: Spark SQL's DESCRIBE and DROP would open the old Delta
   * table, which may be gone.
   */
  private void unregisterIfElsewhere(SparkSession spark, Table table) {
    SessionCatalog catalog = spark.sessionState().catalog();
    TableIdentifier name = new TableIdentifier(table.shortName(), Option.apply(table.layer()));
    if (!catalog.tableExists(name)) return;
    URI location;
    try {
      location = catalog.getTableMetadata(name).location();
    } catch (NoSuchNamespaceException | NoSuchTableException e) {
      throw new IllegalStateException(table.qualifiedName() + " vanished from the session catalog", e);
    }
    if (!Path.of(location.getPath()).equals(Path.of(path(table)))) {
      catalog.dropTable(name, true, false);
    }
  }
}
