package io.trustwatch.jobs.ingest;

/**
 * Why a record was quarantined instead of landing in {@code bronze.posts}, or, for a record of the
 * churn stage's activity table, instead of counting as activity. The lower-case codes are a public
 * contract: they appear in {@code bronze.quarantine.reason} and in run summaries.
 */
public enum QuarantineReason {
  /** A JSON line that does not parse, or is not a JSON object. */
  MALFORMED_JSON,
  /** A CSV record the CSV reader could not parse (unbalanced quotes, wrong column count). */
  MALFORMED_CSV,
  /** The bytes were not valid UTF-8 (the decoder had to substitute U+FFFD). */
  INVALID_ENCODING,
  MISSING_POST_ID,
  MISSING_SOURCE,
  MISSING_TEXT,
  MISSING_CREATED_AT,
  /** Text present but empty or only whitespace. */
  EMPTY_TEXT,
  /** An activity record without a customer_id. */
  MISSING_CUSTOMER_ID,
  /** An activity record without an occurred_at. */
  MISSING_OCCURRED_AT,
  /** created_at (occurred_at for activity) is not an ISO-8601 date or date-time. */
  BAD_TIMESTAMP,
  /** created_at (occurred_at) lies more than the allowed clock skew after the run's reference time. */
  FUTURE_TIMESTAMP,
  /** rating is not a number. */
  BAD_RATING,
  /** rating is a number outside 1..5, or not a whole number. */
  RATING_OUT_OF_RANGE,
  /** Another record with the same (source, post_id) in the same batch won the de-duplication. */
  DUPLICATE_IN_BATCH;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
