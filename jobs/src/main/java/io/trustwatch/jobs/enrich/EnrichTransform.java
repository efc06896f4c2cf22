package io.trustwatch.jobs.enrich;

import io.trustwatch.analysis.PostAnalysis;
import io.trustwatch.analysis.PostAnalyzer;
import io.trustwatch.lakehouse.Partitions;
import io.trustwatch.lakehouse.ScalaColumns;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import io.trustwatch.sentiment.SentimentResult;
import io.trustwatch.themes.ChurnIntent;
import io.trustwatch.themes.ThemeMatch;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The enrich stage's business logic, with no I/O: {@code bronze.posts} rows in,
 * {@code silver.scored_posts} rows out. All NLP happens in the Spark-free {@link PostAnalyzer};
 * this class only applies it per partition and maps its result to columns.
 *
 * <p>The raw text never leaves this transform: silver keeps only the redacted text, and the
 * customer is known only by a keyed pseudonym of {@code customer_id} (or of {@code author} when a
 * source has no customer id). Opted-out customers produce no row at all.
 */
public final class EnrichTransform {

  // Nullable throughout: Delta rejects NOT NULL constraints nested inside arrays.
  public static final StructType THEME = new StructType()
      .add("code", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, true)
      .add("evidence", DataTypes.StringType, true)
      .add("start", DataTypes.IntegerType, true)
      .add("end", DataTypes.IntegerType, true);

  /** Columns of {@code silver.scored_posts}. */
  public static final StructType SCHEMA = new StructType()
      .add("post_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("created_at", DataTypes.TimestampType, false)
      .add("customer_key", DataTypes.StringType, true)
      .add("brand", DataTypes.StringType, true)
      .add("product", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true)
      .add("channel", DataTypes.StringType, true)
      .add("rating", DataTypes.IntegerType, true)
      .add("text", DataTypes.StringType, false)
      .add("pii_redactions", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), false)
      .add("lang", DataTypes.StringType, false)
      .add("lang_confidence", DataTypes.DoubleType, false)
      .add("lang_hint", DataTypes.StringType, true)
      .add("token_count", DataTypes.IntegerType, false)
      .add("word_count", DataTypes.IntegerType, false)
      .add("emoji_count", DataTypes.IntegerType, false)
      .add("sentiment", DataTypes.StringType, true)
      .add("sentiment_score", DataTypes.DoubleType, true)
      .add("sentiment_confidence", DataTypes.DoubleType, true)
      .add("sentiment_model", DataTypes.StringType, true)
      .add("sentiment_reason", DataTypes.StringType, true)
      .add("themes", DataTypes.createArrayType(THEME), false)
      .add("theme_codes", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("churn_intent", DataTypes.BooleanType, false)
      .add("churn_evidence", DataTypes.StringType, true)
      .add("churn_start", DataTypes.IntegerType, true)
      .add("churn_end", DataTypes.IntegerType, true)
      .add("text_truncated", DataTypes.BooleanType, false)
      .add("content_hash", DataTypes.StringType, false)
      .add("enrich_run_id", DataTypes.StringType, false)
      .add("enriched_at", DataTypes.TimestampType, false);

  private EnrichTransform() {}

  /**
   * @param posts       bronze rows to (re)score
   * @param pseudonyms  keyed hash for customer identifiers
   * @param optOut      customer ids (or authors) whose posts must not reach silver
   * @param languages   languages the detector may answer; empty means the default set
   */
  public static Dataset<Row> apply(Dataset<Row> posts, CustomerPseudonymiser pseudonyms, OptOutList optOut,
      java.util.Set<String> languages, String runId, Instant enrichedAt) {
    Timestamp at = Timestamp.from(enrichedAt);
    return posts
        .filter((FilterFunction<Row>) r -> !optOut.contains(customerIdentifier(r)))
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
          PostAnalyzer analyzer = PostAnalyzer.forLanguages(languages);
          return Partitions.mapLazily(rows, row -> toSilver(row, analyzer, pseudonyms, runId, at));
        }, Encoders.row(SCHEMA));
  }

  /** The identifier a customer is known by: {@code customer_id}, or {@code author} when there is none. */
  static String customerIdentifier(Row bronze) {
    String id = bronze.getAs("customer_id");
    return id != null ? id : bronze.getAs("author");
  }

  private static Row toSilver(Row b, PostAnalyzer analyzer, CustomerPseudonymiser pseudonyms, String runId,
      Timestamp at) {
    PostAnalysis a = analyzer.analyze(b.getAs("text"), b.getAs("lang_hint"));
    SentimentResult s = a.sentiment();
    List<Row> themes = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (ThemeMatch m : a.themes().themes()) {
      themes.add(RowFactory.create(m.code(), m.confidence(), m.evidence(), m.start(), m.end()));
      codes.add(m.code());
    }
    ChurnIntent churn = a.themes().churnIntent();
    String identifier = customerIdentifier(b);
    return RowFactory.create(
        b.getAs("post_id"), b.getAs("source"), b.getAs("created_at"),
        identifier == null ? null : pseudonyms.pseudonymise(identifier),
        b.getAs("brand"), b.getAs("product"), b.getAs("country"), b.getAs("channel"), b.getAs("rating"),
        a.redactedText(), ScalaColumns.map(a.redactions()), a.language().lang(), a.language().confidence(), b.getAs("lang_hint"),
        a.tokenCount(), a.wordCount(), a.emojiCount(),
        s.labelCode(), s.score(), s.confidence(), s.modelId(), s.reason(),
        ScalaColumns.array(themes), ScalaColumns.array(codes),
        churn.present(), churn.present() ? churn.evidence() : null,
        churn.present() ? churn.start() : null, churn.present() ? churn.end() : null,
        b.getAs("text_truncated"), b.getAs("content_hash"), runId, at);
  }
}
