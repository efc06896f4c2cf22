package io.trustwatch.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "does this word start with any of these prefixes?" in one walk over the word, instead of
 * one {@code startsWith} per prefix: the adjective lists in the lexicons hold dozens of prefixes
 * and are checked at every token a pattern's gap reaches. Immutable after construction.
 */
final class PrefixTrie {

  private static final PrefixTrie EMPTY = new PrefixTrie();

  private final Map<Character, PrefixTrie> next = new HashMap<>();
  private boolean end;

  private PrefixTrie() {}

  static PrefixTrie of(List<String> prefixes) {
    if (prefixes.isEmpty()) {
      return EMPTY;
    }
    PrefixTrie root = new PrefixTrie();
    for (String p : prefixes) {
      PrefixTrie node = root;
      for (int i = 0; i < p.length(); i++) {
        node = node.next.computeIfAbsent(p.charAt(i), c -> new PrefixTrie());
      }
      node.end = true;
    }
    return root;
  }

  boolean hasPrefixOf(String word) {
    PrefixTrie node = this;
    for (int i = 0; i < word.length(); i++) {
      node = node.next.get(word.charAt(i));
      if (node == null) {
        return false;
      }
      if (node.end) {
        return true;
      }
    }
    return false;
  }
}
