package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Answers "does this word start with any of these prefixes?" in one walk over the word, instead of
 * one {@code startsWith} per prefix: the adjective lists in the lexicons hold dozens of prefixes
 * and are checked at every token a pattern's gap reaches. Children are kept as a sorted char array
 * searched by bisection, so a lookup neither boxes nor allocates. Immutable after construction.
 */
final class PrefixTrie {

  private static final PrefixTrie EMPTY = new PrefixTrie(new char[0], new PrefixTrie[0], false);

  private final char[] labels;
  private final PrefixTrie[] children;
  private final boolean end;

  private PrefixTrie(char[] labels, PrefixTrie[] children, boolean end) {
    this.labels = labels;
    this.children = children;
    this.end = end;
  }

  static PrefixTrie of(List<String> prefixes) {
    return prefixes.isEmpty() ? EMPTY : build(prefixes, 0);
  }

  /** Builds the node for all prefixes sharing their first {@code depth} characters. */
  private static PrefixTrie build(List<String> prefixes, int depth) {
    boolean end = false;
    TreeMap<Character, List<String>> byNext = new TreeMap<>();
    for (String p : prefixes) {
      if (p.length() == depth) {
        end = true;
      } else {
        byNext.computeIfAbsent(p.charAt(depth), c -> new ArrayList<>()).add(p);
      }
    }
    char[] labels = new char[byNext.size()];
    PrefixTrie[] children = new PrefixTrie[byNext.size()];
    int i = 0;
    for (var e : byNext.entrySet()) {
      labels[i] = e.getKey();
      children[i] = build(e.getValue(), depth + 1);
      i++;
    }
    return new PrefixTrie(labels, children, end);
  }

  boolean hasPrefixOf(String word) {
    PrefixTrie node = this;
    for (int i = 0; i < word.length(); i++) {
      int at = Arrays.binarySearch(node.labels, word.charAt(i));
      if (at < 0) {
        return false;
      }
      node = node.children[at];
      if (node.end) {
        return true;
      }
    }
    return false;
  }
}
