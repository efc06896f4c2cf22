package io.trustwatch.themes;

/**
 * A pattern matched on a post's word tokens: it spans {@code [from, to)} and its terms matched
 * the tokens in {@code matched} (the others in the span are the {@code ~N} gaps).
 */
record PatternHit(LexiconPattern pattern, int[] matched) {

  PatternHit {
    matched = matched.clone();
  }

  int from() {
    return matched[0];
  }

  int to() {
    return matched[matched.length - 1] + 1;
  }

  boolean overlaps(PatternHit other) {
    return from() < other.to() && other.from() < to();
  }

  /** @return true if a term of this pattern (not a gap) matched the token */
  boolean matchedAt(int token) {
    for (int m : matched) {
      if (m == token) {
        return true;
      }
    }
    return false;
  }
}
