package io.trustwatch.jobs.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.jobs.ingest.QuarantineReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityParserTest {

  private final ActivityParser parser = new ActivityParser(Instant.parse("2026-11-20T12:00:00Z"));

  @Test
  void readsIdAndTimestampAndIgnoresEveryOtherColumn() {
    ActivityParser.Result r = parser.parse(
        "{\"customer_id\": \" C-7 \", \"occurred_at\": \"2026-11-02T23:30:00-02:00\", \"kind\": \"order\", \"amount\": 9}");
    assertTrue(r.isValid());
    assertEquals("C-7", r.customerId());
    assertEquals(Instant.parse("2026-11-03T01:30:00Z"), r.occurredAt());
  }

  @Test
  void acceptsTheSameTimestampFormsAsPosts() {
    assertEquals(Instant.parse("2026-11-02T00:00:00Z"),
        parser.parse("{\"customer_id\": 42, \"occurred_at\": \"2026-11-02\"}").occurredAt());
    assertEquals(Instant.parse("2026-11-02T08:00:00Z"),
        parser.parse("{\"customer_id\": 42, \"occurred_at\": \"2026-11-02T08:00\"}").occurredAt());
    assertEquals("42", parser.parse("{\"customer_id\": 42, \"occurred_at\": \"2026-11-02\"}").customerId());
  }

  @Test
  void aDayOfClockSkewIsNotTheFuture() {
    assertTrue(parser.parse("{\"customer_id\": \"a\", \"occurred_at\": \"2026-11-21T11:00:00Z\"}").isValid());
  }

  @Test
  void badRecordsGetAReasonAndKeepTheIdWhenThereIsOne() {
    assertRejected("{\"occurred_at\": \"2026-11-02\"}", QuarantineReason.MISSING_CUSTOMER_ID, null);
    assertRejected("{\"customer_id\": \" \", \"occurred_at\": \"2026-11-02\"}", QuarantineReason.MISSING_CUSTOMER_ID, null);
    assertRejected("{\"customer_id\": \"a\"}", QuarantineReason.MISSING_OCCURRED_AT, "a");
    assertRejected("{\"customer_id\": \"a\", \"occurred_at\": \"02/11/2026\"}", QuarantineReason.BAD_TIMESTAMP, "a");
    assertRejected("{\"customer_id\": \"a\", \"occurred_at\": \"2026-11-22T12:00:01Z\"}",
        QuarantineReason.FUTURE_TIMESTAMP, "a");
    assertRejected("{\"customer_id\": \"a\", \"occurred_at\": ", QuarantineReason.MALFORMED_JSON, null);
    assertRejected("[1, 2]", QuarantineReason.MALFORMED_JSON, null);
    assertRejected("{\"customer_id\": \"a\", \"occurred_at\": \"2026-03-02\"} trailing", QuarantineReason.MALFORMED_JSON, null);
    assertRejected(null, QuarantineReason.MALFORMED_JSON, null);
    assertRejected("{\"customer_id\": \"a\uFFFD\", \"occurred_at\": \"2026-11-02\"}", QuarantineReason.INVALID_ENCODING, null);
  }

  private void assertRejected(String raw, QuarantineReason reason, String customerId) {
    ActivityParser.Result r = parser.parse(raw);
    assertEquals(reason, r.reason(), raw);
    assertEquals(customerId, r.customerId(), raw);
    assertNull(r.occurredAt(), raw);
    assertTrue(r.detail() != null && !r.detail().isBlank(), raw);
  }
}
