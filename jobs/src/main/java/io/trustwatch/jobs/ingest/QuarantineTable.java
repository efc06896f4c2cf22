package io.trustwatch.jobs.ingest;

import io.delta.tables.DeltaTable;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bronze.quarantine}, shared by every stage that reads raw records (posts at ingest, the
 * churn stage's activity table): rows are inserted once by {@code quarantine_id}, so re-reading the
 * same files adds none twice.
 */
public final class QuarantineTable {

  private QuarantineTable() {}

  /**
   * Creates the table when missing, even with nothing to quarantine, so queries over it (the
   * data-quality notebook) also run on a lakehouse whose input has always been clean.
   */
  public static void ensure(SparkSession spark, Lakehouse lakehouse) {
    open(spark, lakehouse);
  }

  /** Inserts the rows ({@link IngestTransform#QUARANTINE_SCHEMA}) not already there. */
  public static void insertNew(SparkSession spark, Lakehouse lakehouse, Dataset<Row> rows) {
    open(spark, lakehouse).as("t")
        .merge(rows.as("s"), "t.quarantine_id = s.quarantine_id")
        .whenNotMatched().insertAll()
        .execute();
  }

  private static DeltaTable open(SparkSession spark, Lakehouse lakehouse) {
    return lakehouse.createIfNotExists(spark, Table.BRONZE_QUARANTINE, IngestTransform.QUARANTINE_SCHEMA);
  }
}
