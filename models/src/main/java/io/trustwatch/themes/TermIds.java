package io.trustwatch.themes;

import java.util.Arrays;

/**
 * One {@link PatternTerm} compiled against its lexicon's ids.
 *
 * @param forms    ids of the term's exact forms, ascending
 * @param prefixes ids of the term's prefixes, ascending
 * @param bit      one bit, shared by about every 64th term of the lexicon (see {@link #mayMatch})
 */
record TermIds(int[] forms, int[] prefixes, long bit) {

  private static final int SCAN_LIMIT = 8;

  /**
   * False if token {@code i} cannot match: none of the terms it matches has this term's bit. A pattern's
   * later terms are tried on every token its gaps reach, most of which match no term at all; one AND
   * rules those out before {@link #matches} looks at the ids.
   */
  boolean mayMatch(TokenForms post, int i) {
    return (post.termBits[i] & bit) != 0;
  }

  /** True if token {@code i}'s norm or folded surface is one of the forms or starts with one of the prefixes. */
  boolean matches(TokenForms post, int i) {
    return contains(forms, post.norm[i]) || contains(forms, post.folded[i])
        || anyOf(post.normPrefixes[i]) || anyOf(post.foldedPrefixes[i]);
  }

  private boolean anyOf(int[] tokenPrefixes) {
    for (int id : tokenPrefixes) {
      if (contains(prefixes, id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] sorted, int id) {
    if (id == TokenForms.ABSENT) {
      return false;
    }
    if (sorted.length > SCAN_LIMIT) {
      return Arrays.binarySearch(sorted, id) >= 0;
    }
    for (int s : sorted) { // most terms have a handful of forms: a scan beats bisection there
      if (s >= id) {
        return s == id;
      }
    }
    return false;
  }
}
