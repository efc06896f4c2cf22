package io.trustwatch.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.sql.Timestamp;
import io.trustwatch.lakehouse.Partitions;
import java.time.Instant;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest stage's business logic, with no I/O: raw records in, valid posts and quarantined
 * records out. Spark-side it only parallelises {@link PostParser} and de-duplicates.
 *
 * <p>De-duplication rule inside one batch, for records sharing (source, post_id): the one with the
 * latest {@code created_at} wins; on a tie, the one that comes last in input order (files sorted by
 * path, then record number) wins, as the most recent write. The others go to quarantine as
 * {@code duplicate_in_batch}, so nothing disappears silently.
 */
public final class IngestTransform {

  /** What {@link InputReader} produces: one row per input record. */
  public static final StructType RAW_SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("record_no", DataTypes.LongType, false)
      .add("raw", DataTypes.StringType, true)
      .add("read_error", DataTypes.StringType, true)
      // Where the reader can tell why and where a record does not parse (a JSON array), it says so here.
      .add("read_detail", DataTypes.StringType, true);

  /** Columns of {@code bronze.posts}. */
  public static final StructType POSTS_SCHEMA = new StructType()
      .add("post_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("created_at", DataTypes.TimestampType, false)
      .add("customer_id", DataTypes.StringType, true)
      .add("author", DataTypes.StringType, true)
      .add("rating", DataTypes.IntegerType, true)
      .add("brand", DataTypes.StringType, true)
      .add("product", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true)
      .add("lang_hint", DataTypes.StringType, true)
      .add("channel", DataTypes.StringType, true)
      .add("extra", DataTypes.StringType, true)
      .add("text_truncated", DataTypes.BooleanType, false)
      .add("text_length", DataTypes.IntegerType, false)
      .add("content_hash", DataTypes.StringType, false)
      .add("source_file", DataTypes.StringType, false)
      .add("record_no", DataTypes.LongType, false)
      .add("ingest_run_id", DataTypes.StringType, false)
      .add("ingested_at", DataTypes.TimestampType, false);

  /** Columns of {@code bronze.quarantine}. */
  public static final StructType QUARANTINE_SCHEMA = new StructType()
      .add("quarantine_id", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false)
      .add("detail", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true)
      .add("source_file", DataTypes.StringType, false)
      .add("record_no", DataTypes.LongType, false)
      .add("run_id", DataTypes.StringType, false)
      .add("quarantined_at", DataTypes.TimestampType, false);

  /**
   * Parser output: the post columns that exist before hashing (all nullable, since a rejected record
   * has none of them), plus the reason, detail and origin of every record.
   */
  private static final StructType PARSED_SCHEMA = parsedSchema();

  /** The contract fields whose change makes a re-ingested post an update. */
  private static final String[] CONTENT_FIELDS = {
      "text", "created_at", "customer_id", "author", "rating", "brand", "product", "country",
      "lang_hint", "channel", "extra"};

  private IngestTransform() {}

  /**
   * @param raw           records as read, {@link #RAW_SCHEMA}
   * @param referenceTime the run's "now" (future-dated check), fixed per run for determinism
   * @param runId         written into every output row
   */
  public static IngestResult apply(Dataset<Row> raw, Instant referenceTime, String runId) {
    Dataset<Row> parsed = raw.mapPartitions(parse(referenceTime), Encoders.row(PARSED_SCHEMA));

    WindowSpec newestFirst = Window.partitionBy("source", "post_id")
        .orderBy(col("created_at").desc(), col("source_file").desc(), col("record_no").desc());
    Dataset<Row> ranked = parsed.filter(col("reason").isNull())
        .withColumn("_rank", row_number().over(newestFirst));

    Column[] content = new Column[CONTENT_FIELDS.length];
    for (int i = 0; i < content.length; i++) content[i] = col(CONTENT_FIELDS[i]);
    Timestamp now = Timestamp.from(referenceTime);
    Dataset<Row> posts = ranked.filter(col("_rank").equalTo(1))
        .withColumn("content_hash", sha2(to_json(struct(content)), 256))
        .withColumn("ingest_run_id", lit(runId))
        .withColumn("ingested_at", lit(now))
        .select(columns(POSTS_SCHEMA));

    Dataset<Row> duplicates = ranked.filter(col("_rank").gt(1))
        .withColumn("reason", lit(QuarantineReason.DUPLICATE_IN_BATCH.code()))
        .withColumn("detail", lit("a later record with the same (source, post_id) in this batch won"));
    Dataset<Row> quarantine = parsed.filter(col("reason").isNotNull())
        .unionByName(duplicates.drop("_rank"))
        .withColumn("quarantine_id", quarantineId())
        .withColumn("run_id", lit(runId))
        .withColumn("quarantined_at", lit(now))
        .select(columns(QUARANTINE_SCHEMA));
    return new IngestResult(posts, quarantine);
  }

  /**
   * The key of a {@code bronze.quarantine} row, over its {@code source_file}, {@code record_no},
   * {@code reason} and {@code raw}: a function of where the record came from and what it said, so
   * reading the same file again quarantines nothing twice.
   */
  public static Column quarantineId() {
    return sha2(concat_ws("\u0001", col("source_file"), col("record_no").cast("string"), col("reason"), col("raw")), 256);
  }

  private static StructType parsedSchema() {
    StructType schema = new StructType();
    for (org.apache.spark.sql.types.StructField f : POSTS_SCHEMA.fields()) {
      if (f.name().equals("content_hash")) break; // the rest is added after parsing
      schema = schema.add(f.name(), f.dataType(), true);
    }
    return schema.add("reason", DataTypes.StringType, true)
        .add("detail", DataTypes.StringType, true)
        .add("raw", DataTypes.StringType, true)
        .add("source_file", DataTypes.StringType, false)
        .add("record_no", DataTypes.LongType, false);
  }

  private static Column[] columns(StructType schema) {
    String[] names = schema.fieldNames();
    Column[] cols = new Column[names.length];
    for (int i = 0; i < names.length; i++) cols[i] = col(names[i]);
    return cols;
  }

  private static MapPartitionsFunction<Row, Row> parse(Instant referenceTime) {
    return rows -> {
      PostParser parser = new PostParser(referenceTime);
      return Partitions.mapLazily(rows, row -> toRow(parser, row));
    };
  }

  private static Row toRow(PostParser parser, Row in) {
    String file = in.getString(0);
    long recordNo = in.getLong(1);
    String raw = in.getString(2);
    String readError = in.getString(3);
    if (readError != null) return rejected(file, recordNo, raw, readError, readErrorDetail(in));
    ParseResult result = parser.parse(raw);
    if (!result.isValid()) {
      return rejected(file, recordNo, raw, result.reason().code(), result.detail());
    }
    ParsedPost p = result.post();
    return RowFactory.create(p.postId(), p.source(), p.text(), Timestamp.from(p.createdAt()), p.customerId(),
        p.author(), p.rating(), p.brand(), p.product(), p.country(), p.langHint(), p.channel(), p.extra(),
        p.textTruncated(), p.textLength(), null, null, raw, file, recordNo);
  }

  /**
   * Why the reader could not parse a raw record ({@link #RAW_SCHEMA}) that has a {@code read_error}: the reader's
   * own words when it has some, else which reader it was (Spark's CSV reader does not say why).
   */
  public static String readErrorDetail(Row raw) {
    String detail = raw.getString(4);
    if (detail != null) return detail;
    return "the " + raw.getString(3).replace("malformed_", "") + " reader could not parse this record";
  }

  private static Row rejected(String file, long recordNo, String raw, String reason, String detail) {
    return RowFactory.create(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, reason, detail, raw, file, recordNo);
  }

  /** Valid, de-duplicated posts ({@link #POSTS_SCHEMA}) and quarantined records ({@link #QUARANTINE_SCHEMA}). */
  public record IngestResult(Dataset<Row> posts, Dataset<Row> quarantine) {}
}
