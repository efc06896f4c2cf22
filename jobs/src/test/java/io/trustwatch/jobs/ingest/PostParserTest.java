package io.trustwatch.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostParserTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private final PostParser parser = new PostParser(NOW);

  private static String post(String fields) {
    return "{\"post_id\":\"p1\",\"source\":\"app_store\",\"created_at\":\"2026-03-02T10:00:00Z\",\"text\":\"Nobody answers\""
        + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  @Test
  void validPostKeepsEveryContractField() {
    ParseResult r = parser.parse(post("\"customer_id\":\" c9 \",\"rating\":4,\"lang\":\"EN\",\"brand\":\"Acme\""));
    assertTrue(r.isValid());
    assertEquals("c9", r.post().customerId());
    assertEquals(4, r.post().rating());
    assertEquals("en", r.post().langHint());
    assertEquals(Instant.parse("2026-03-02T10:00:00Z"), r.post().createdAt());
    assertNull(r.post().extra());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\"}|missing_post_id",
      "{\"post_id\":\"  \",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\"}|missing_post_id",
      "{\"post_id\":\"1\",\"text\":\"t\",\"created_at\":\"2026-03-02\"}|missing_source",
      "{\"post_id\":\"1\",\"source\":\"s\",\"created_at\":\"2026-03-02\"}|missing_text",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\"}|missing_created_at",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"\",\"created_at\":\"2026-03-02\"}|empty_text",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\" \\t\\n \",\"created_at\":\"2026-03-02\"}|empty_text",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"31/02/2026 25:00\"}|bad_timestamp",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-02-31\"}|bad_timestamp",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2027-01-01T00:00:00Z\"}|future_timestamp",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\",\"rating\":7}|rating_out_of_range",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\",\"rating\":0}|rating_out_of_range",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\",\"rating\":3.5}|rating_out_of_range",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\",\"rating\":\"five\"}|bad_rating",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\"|malformed_json",
      "[1,2,3]|malformed_json",
      // Two posts run together on one line: neither may be taken alone with the other dropped.
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\"}{\"post_id\":\"2\"}|malformed_json",
      // The last line of a JSON array written one object per line.
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"created_at\":\"2026-03-02\"}]|malformed_json",
      "{\"post_id\":\"1\",\"source\":\"s\",\"text\":\"caf\uFFFD\",\"created_at\":\"2026-03-02\"}|invalid_encoding"})
  void badRecordsAreRejectedWithTheirReason(String raw, String reason) {
    ParseResult r = parser.parse(raw);
    assertFalse(r.isValid());
    assertEquals(reason, r.reason().code());
    assertFalse(r.detail().isBlank());
  }

  @Test
  void timestampWithinClockSkewIsAccepted() {
    assertTrue(parser.parse(post("").replace("2026-03-02T10:00:00Z", "2026-11-21T00:00:00Z")).isValid());
  }

  @ParameterizedTest
  @CsvSource({"2026-03-02T10:00:00+03:00,2026-03-02T07:00:00Z", "2026-03-02T10:00:00,2026-03-02T10:00:00Z",
      "2026-03-02,2026-03-02T00:00:00Z", "2026-03-02T10:00:00.123Z,2026-03-02T10:00:00.123Z"})
  void isoTimestampFormsAreReadAsUtc(String raw, String expected) {
    assertEquals(Instant.parse(expected), PostParser.parseTimestamp(raw));
  }

  @Test
  void ratingGivenAsTextOrWholeDecimalIsAccepted() {
    assertEquals(5, parser.parse(post("\"rating\":\"5\"")).post().rating());
    assertEquals(3, parser.parse(post("\"rating\":3.0")).post().rating());
    assertNull(parser.parse(post("\"rating\":null")).post().rating());
  }

  @Test
  void unknownFieldsAreKeptAsExtraJson() {
    ParseResult r = parser.parse(post("\"mood\":\"angry\",\"likes\":12"));
    assertEquals("{\"mood\":\"angry\",\"likes\":12}", r.post().extra());
  }

  @Test
  void overlongTextIsKeptTruncatedWithItsOriginalLength() {
    String longText = "x".repeat(PostParser.MAX_TEXT_CHARS + 10);
    ParseResult r = parser.parse(post("").replace("\"Nobody answers\"", "\"" + longText + "\""));
    assertTrue(r.post().textTruncated());
    assertEquals(PostParser.MAX_TEXT_CHARS, r.post().text().length());
    assertEquals(PostParser.MAX_TEXT_CHARS + 10, r.post().textLength());
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    String text = "x".repeat(PostParser.MAX_TEXT_CHARS - 1) + "😡" + "tail";
    ParseResult r = parser.parse(post("").replace("\"Nobody answers\"", "\"" + text + "\""));
    assertFalse(Character.isHighSurrogate(r.post().text().charAt(r.post().text().length() - 1)));
  }
}
