package io.trustwatch.themes;

import java.util.List;

/**
 * One parsed lexicon line.
 *
 * @param role      the file it came from
 * @param terms     the consecutive terms to match
 * @param maxGaps   {@code maxGaps[i]} tokens may separate term i from term i+1 ({@code ~N}); length terms-1
 * @param weight    evidence strength in (0, 1]; 1 means one hit suffices in a neutral post
 * @param exception a {@code !} line: where it matches, no other pattern of its file may match inside its span
 * @param source    {@code <lang>/<file>:<line>} for error messages and debugging
 */
record LexiconPattern(LexiconRole role, List<PatternTerm> terms, int[] maxGaps, double weight,
                      boolean exception, String source) {

  LexiconPattern {
    terms = List.copyOf(terms);
    maxGaps = maxGaps.clone();
  }
}
