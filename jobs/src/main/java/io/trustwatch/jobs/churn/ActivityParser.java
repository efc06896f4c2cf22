package io.trustwatch.jobs.churn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.trustwatch.jobs.ingest.PostParser;
import io.trustwatch.jobs.ingest.QuarantineReason;
import io.trustwatch.jobs.ingest.RecordJson;
import java.time.Instant;

/**
 * Reads one record of the activity table (a JSON object's text: {@link io.trustwatch.jobs.ingest.InputReader}
 * reduces JSON Lines, CSV and Parquet alike to that) into an event or the reason it is unusable.
 * Plain Java, so every rule is unit-testable without Spark.
 *
 * <p>Columns: {@code customer_id} (required, the same identifier posts carry) and {@code occurred_at}
 * (required, ISO-8601 date-time or date, read as posts' {@code created_at} is). {@code kind} (order,
 * login, visit, ...) is optional and, like any other column, not read: every kind of event counts
 * as a day of activity, and an export of an orders table may carry amounts and addresses the
 * model has no use for.
 */
public final class ActivityParser {

  private static final char REPLACEMENT_CHAR = '\uFFFD';

  private final Instant referenceTime;

  /** @param referenceTime the run's notion of "now", for the future-dated check */
  public ActivityParser(Instant referenceTime) {
    this.referenceTime = referenceTime;
  }

  public Result parse(String raw) {
    if (raw == null) {
      return Result.rejected(null, QuarantineReason.MALFORMED_JSON, "empty record");
    }
    if (raw.indexOf(REPLACEMENT_CHAR) >= 0) {
      return Result.rejected(null, QuarantineReason.INVALID_ENCODING, "record is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = RecordJson.read(raw);
    } catch (JsonProcessingException e) {
      return Result.rejected(null, QuarantineReason.MALFORMED_JSON, "unparsable JSON");
    }
    if (node == null || !node.isObject()) {
      return Result.rejected(null, QuarantineReason.MALFORMED_JSON, "record is not a JSON object");
    }
    String customerId = trimToNull(text(node, "customer_id"));
    if (customerId == null) {
      return Result.rejected(null, QuarantineReason.MISSING_CUSTOMER_ID, "customer_id is required");
    }
    String occurredAtRaw = trimToNull(text(node, "occurred_at"));
    if (occurredAtRaw == null) {
      return Result.rejected(customerId, QuarantineReason.MISSING_OCCURRED_AT, "occurred_at is required");
    }
    Instant occurredAt = PostParser.parseTimestamp(occurredAtRaw);
    if (occurredAt == null) {
      return Result.rejected(customerId, QuarantineReason.BAD_TIMESTAMP, "occurred_at is not ISO-8601: "
          + (occurredAtRaw.length() <= 60 ? occurredAtRaw : occurredAtRaw.substring(0, 57) + "..."));
    }
    if (occurredAt.isAfter(referenceTime.plus(PostParser.ALLOWED_CLOCK_SKEW))) {
      return Result.rejected(customerId, QuarantineReason.FUTURE_TIMESTAMP, "occurred_at " + occurredAt + " is in the future");
    }
    return new Result(customerId, occurredAt, null, null);
  }

  private static String text(JsonNode obj, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) return null;
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * An event ({@code reason} null) or a rejected record. {@code customerId} is kept on rejected
   * records too when it could be read, so an opted-out customer's bad rows can be dropped rather
   * than quarantined.
   */
  public record Result(String customerId, Instant occurredAt, QuarantineReason reason, String detail) {

    static Result rejected(String customerId, QuarantineReason reason, String detail) {
      return new Result(customerId, null, reason, detail);
    }

    public boolean isValid() {
      return reason == null;
    }
  }
}
