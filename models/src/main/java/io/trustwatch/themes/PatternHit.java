package io.trustwatch.themes;

/**
 * A pattern matched on a post's word tokens {@code [from, to)}.
 */
record PatternHit(LexiconPattern pattern, int from, int to) {

  boolean covers(int token) {
    return token >= from && token < to;
  }

  boolean overlaps(PatternHit other) {
    return from < other.to && other.from < to;
  }
}
