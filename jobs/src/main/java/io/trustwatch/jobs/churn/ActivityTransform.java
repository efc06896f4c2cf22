package io.trustwatch.jobs.churn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.trustwatch.jobs.ingest.IngestTransform;
import io.trustwatch.lakehouse.Partitions;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The activity table's business logic, with no I/O: raw records ({@link IngestTransform#RAW_SCHEMA})
 * in; the outcome of every record, each customer's distinct activity days and the quarantine rows out.
 *
 * <p>Customer ids get the pipeline's keyed pseudonym, so activity joins posts on {@code customer_key}
 * and no raw id goes further. A record's outcome is one of:
 * <ul>
 *   <li>{@value #OPTED_OUT}: the customer is on the opt-out list; dropped whatever else is wrong with
 *       the record, so none of their records is stored, not even in quarantine;</li>
 *   <li>{@value #QUARANTINED}: unusable (no customer_id, no or unparsable occurred_at, future-dated,
 *       malformed), with the reason; never dropped silently, never failing the run;</li>
 *   <li>{@value #AFTER_AS_OF}: valid but after the as-of date, so not known at that date;</li>
 *   <li>{@value #USED}: a day of activity on or before the as-of date (UTC).</li>
 * </ul>
 */
public final class ActivityTransform {

  public static final String USED = "used";
  public static final String AFTER_AS_OF = "after_as_of";
  public static final String OPTED_OUT = "opted_out";
  public static final String QUARANTINED = "quarantined";

  /** One row per customer key and day with activity. */
  public static final StructType DAYS_SCHEMA = new StructType()
      .add("customer_key", DataTypes.StringType, false)
      .add("activity_date", DataTypes.DateType, false);

  /** One row per raw record; {@code reason} and {@code detail} are set for quarantined records only. */
  public static final StructType CHECKED_SCHEMA = new StructType()
      .add("outcome", DataTypes.StringType, false)
      .add("customer_key", DataTypes.StringType, true)
      .add("activity_date", DataTypes.DateType, true)
      .add("reason", DataTypes.StringType, true)
      .add("detail", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true)
      .add("source_file", DataTypes.StringType, false)
      .add("record_no", DataTypes.LongType, false);

  private ActivityTransform() {}

  /**
   * @param referenceTime the run's "now" (future-dated check), fixed per run for determinism
   */
  public static Dataset<Row> check(Dataset<Row> raw, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      LocalDate asOf, Instant referenceTime) {
    return raw.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      ActivityParser parser = new ActivityParser(referenceTime);
      return Partitions.mapLazily(rows, row -> checkOne(row, parser, pseudonyms, optOut, asOf));
    }, Encoders.row(CHECKED_SCHEMA));
  }

  private static Row checkOne(Row in, ActivityParser parser, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      LocalDate asOf) {
    String file = in.getString(0);
    long recordNo = in.getLong(1);
    String raw = in.getString(2);
    String readError = in.getString(3);
    if (readError != null) {
      return RowFactory.create(QUARANTINED, null, null, readError, IngestTransform.readErrorDetail(in), raw, file,
          recordNo);
    }
    ActivityParser.Result result = parser.parse(raw);
    if (optOut.contains(result.customerId())) {
      return RowFactory.create(OPTED_OUT, null, null, null, null, null, file, recordNo);
    }
    if (!result.isValid()) {
      return RowFactory.create(QUARANTINED, null, null, result.reason().code(), result.detail(), raw, file, recordNo);
    }
    LocalDate day = result.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
    return RowFactory.create(day.isAfter(asOf) ? AFTER_AS_OF : USED, pseudonyms.pseudonymise(result.customerId()),
        Date.valueOf(day), null, null, null, file, recordNo);
  }

  /** Distinct ({@link #DAYS_SCHEMA}) days of the records used. */
  public static Dataset<Row> days(Dataset<Row> checked) {
    return checked.filter(col("outcome").equalTo(USED)).select("customer_key", "activity_date").distinct();
  }

  /** No activity days: what scoring sees when no activity table is given. */
  public static Dataset<Row> noDays(SparkSession spark) {
    return spark.createDataFrame(List.of(), DAYS_SCHEMA);
  }

  /** The quarantined records as {@code bronze.quarantine} rows ({@link IngestTransform#QUARANTINE_SCHEMA}). */
  public static Dataset<Row> quarantine(Dataset<Row> checked, String runId, Instant referenceTime) {
    return checked.filter(col("outcome").equalTo(QUARANTINED))
        .withColumn("quarantine_id", IngestTransform.quarantineId())
        .withColumn("run_id", lit(runId))
        .withColumn("quarantined_at", lit(Timestamp.from(referenceTime)))
        .select(Arrays.stream(IngestTransform.QUARANTINE_SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }
}
