package io.trustwatch.themes;

import java.util.List;
import java.util.Set;

/**
 * One position of a lexicon pattern as written: a set of alternatives, each either an exact
 * normalised form or a prefix. {@link Lexicon} compiles it to ids for matching.
 *
 * @param exact    normalised (stemmed) forms and folded surface forms that match exactly
 * @param prefixes folded prefixes; a token matches if its norm or folded surface starts with one
 */
record PatternTerm(Set<String> exact, List<String> prefixes) {

  PatternTerm {
    exact = Set.copyOf(exact);
    prefixes = List.copyOf(prefixes);
  }
}
