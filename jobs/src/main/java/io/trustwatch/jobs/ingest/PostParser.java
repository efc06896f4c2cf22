package io.trustwatch.jobs.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns one raw input record (a JSON object's text) into a validated {@link ParsedPost} or a
 * quarantine reason. Plain Java so every rule of the input contract is unit-testable without Spark.
 *
 * <p>Rules beyond DESIGN.md's contract, decided here:
 * <ul>
 *   <li>Unknown fields are kept, as a JSON object in {@code extra}, never dropped.</li>
 *   <li>A text longer than {@link #MAX_TEXT_CHARS} is kept, cut at that length (never inside a
 *       surrogate pair), with {@code text_truncated = true} and the original length; the full text
 *       stays in the input file. Reviews that long are pasted documents, and scoring them whole
 *       would let one record dominate a partition's time.</li>
 *   <li>A timestamp without an offset is read as UTC; a bare date as midnight UTC.</li>
 *   <li>A timestamp more than {@link #ALLOWED_CLOCK_SKEW} after the run's reference time is future-dated.</li>
 * </ul>
 */
public final class PostParser {

  public static final int MAX_TEXT_CHARS = 50_000;
  public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofDays(1);

  static final Set<String> CONTRACT_FIELDS = Set.of(
      "post_id", "source", "text", "created_at", "customer_id", "author", "rating", "brand",
      "product", "country", "lang", "channel");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char REPLACEMENT_CHAR = '\uFFFD';

  private final Instant referenceTime;

  /** @param referenceTime the run's notion of "now", passed in so re-runs are deterministic */
  public PostParser(Instant referenceTime) {
    this.referenceTime = referenceTime;
  }

  public ParseResult parse(String raw) {
    if (raw == null) {
      return ParseResult.rejected(QuarantineReason.MALFORMED_JSON, "empty record");
    }
    if (raw.indexOf(REPLACEMENT_CHAR) >= 0) {
      return ParseResult.rejected(QuarantineReason.INVALID_ENCODING, "record is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = RecordJson.read(raw);
    } catch (JsonProcessingException e) {
      return ParseResult.rejected(QuarantineReason.MALFORMED_JSON, firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return ParseResult.rejected(QuarantineReason.MALFORMED_JSON, "record is not a JSON object");
    }
    return validate((ObjectNode) node);
  }

  private ParseResult validate(ObjectNode obj) {
    String postId = string(obj, "post_id");
    if (isBlank(postId)) return ParseResult.rejected(QuarantineReason.MISSING_POST_ID, "post_id is required");
    String source = string(obj, "source");
    if (isBlank(source)) return ParseResult.rejected(QuarantineReason.MISSING_SOURCE, "source is required");
    String text = string(obj, "text");
    if (text == null) return ParseResult.rejected(QuarantineReason.MISSING_TEXT, "text is required");
    if (text.isBlank()) return ParseResult.rejected(QuarantineReason.EMPTY_TEXT, "text is empty or whitespace");
    String createdAtRaw = string(obj, "created_at");
    if (isBlank(createdAtRaw)) {
      return ParseResult.rejected(QuarantineReason.MISSING_CREATED_AT, "created_at is required");
    }
    Instant createdAt = parseTimestamp(createdAtRaw.trim());
    if (createdAt == null) {
      return ParseResult.rejected(QuarantineReason.BAD_TIMESTAMP, "not ISO-8601: " + abbreviate(createdAtRaw));
    }
    if (createdAt.isAfter(referenceTime.plus(ALLOWED_CLOCK_SKEW))) {
      return ParseResult.rejected(QuarantineReason.FUTURE_TIMESTAMP, "created_at " + createdAt + " is in the future");
    }
    Integer rating = null;
    String ratingRaw = string(obj, "rating");
    if (!isBlank(ratingRaw)) {
      BigDecimal value;
      try {
        value = new BigDecimal(ratingRaw.trim());
      } catch (NumberFormatException e) {
        return ParseResult.rejected(QuarantineReason.BAD_RATING, "rating is not a number: " + abbreviate(ratingRaw));
      }
      if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
          || value.compareTo(BigDecimal.valueOf(5)) > 0) {
        return ParseResult.rejected(QuarantineReason.RATING_OUT_OF_RANGE, "rating must be a whole number 1-5: " + ratingRaw);
      }
      rating = value.intValueExact();
    }
    int length = text.length();
    boolean truncated = length > MAX_TEXT_CHARS;
    if (truncated) {
      int cut = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
      text = text.substring(0, cut);
    }
    String lang = string(obj, "lang");
    return ParseResult.accepted(new ParsedPost(
        postId.trim(), source.trim(), text, createdAt,
        trimToNull(string(obj, "customer_id")), trimToNull(string(obj, "author")), rating,
        trimToNull(string(obj, "brand")), trimToNull(string(obj, "product")),
        trimToNull(string(obj, "country")),
        lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(java.util.Locale.ROOT),
        trimToNull(string(obj, "channel")), extraFields(obj), truncated, length));
  }

  /**
   * The input contract's timestamp rule, shared with the activity table: ISO-8601 date-time with or
   * without offset (none means UTC), or a date (midnight UTC); null when it is neither.
   */
  public static Instant parseTimestamp(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next ISO-8601 form
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException ignored) {
      // try the next ISO-8601 form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next ISO-8601 form
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Reads a field as text whatever its JSON type (a rating may arrive as 4 or "4"); null stays null. */
  private static String string(ObjectNode obj, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) return null;
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String extraFields(ObjectNode obj) {
    ObjectNode extra = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!CONTRACT_FIELDS.contains(e.getKey())) extra.set(e.getKey(), e.getValue());
    }
    return extra.isEmpty() ? null : extra.toString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return isBlank(s) ? null : s.trim();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String firstLine(String s) {
    if (s == null) return "unparsable JSON";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
