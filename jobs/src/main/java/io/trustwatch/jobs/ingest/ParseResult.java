package io.trustwatch.jobs.ingest;

/** Either a valid post or the reason (and a human-readable detail) why the record was rejected. */
public record ParseResult(ParsedPost post, QuarantineReason reason, String detail) {

  static ParseResult accepted(ParsedPost post) {
    return new ParseResult(post, null, null);
  }

  static ParseResult rejected(QuarantineReason reason, String detail) {
    return new ParseResult(null, reason, detail);
  }

  public boolean isValid() {
    return post != null;
  }
}
