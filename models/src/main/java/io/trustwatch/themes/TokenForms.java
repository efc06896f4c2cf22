package io.trustwatch.themes;

/**
 * A post's word tokens as one lexicon's ids (parallel to {@link PreparedPost}'s arrays): the id of
 * each token's norm and folded surface among the lexicon's exact forms, and the ids of the lexicon
 * prefixes each starts with, and the OR of the {@link TermIds#bit()}s of the terms those ids belong to.
 */
final class TokenForms {

  /** The token's form is not one the lexicon uses. */
  static final int ABSENT = -1;

  final int[] norm;
  final int[] folded;
  final int[][] normPrefixes;
  final int[][] foldedPrefixes;
  final long[] termBits;

  TokenForms(int size) {
    termBits = new long[size];
    norm = new int[size];
    folded = new int[size];
    normPrefixes = new int[size][];
    foldedPrefixes = new int[size][];
  }

  int size() {
    return norm.length;
  }
}
