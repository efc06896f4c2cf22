package io.trustwatch.themes;

import java.util.List;
import java.util.Set;

/**
 * One position of a lexicon pattern: a set of alternatives, each either an exact normalised form
 * or a prefix.
 *
 * @param exact    normalised (stemmed) forms and folded surface forms that match exactly
 * @param prefixes folded prefixes; a token matches if its norm or folded surface starts with one
 */
record PatternTerm(Set<String> exact, List<String> prefixes, PrefixTrie trie) {

  PatternTerm(Set<String> exact, List<String> prefixes) {
    this(Set.copyOf(exact), List.copyOf(prefixes), PrefixTrie.of(prefixes));
  }

  boolean matches(String norm, String folded) {
    return exact.contains(norm) || exact.contains(folded)
        || trie.hasPrefixOf(norm) || (folded != norm && trie.hasPrefixOf(folded));
  }
}
