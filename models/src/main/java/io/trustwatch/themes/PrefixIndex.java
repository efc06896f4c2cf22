package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prefixes mapped to ids, answering in one walk over a word which indexed prefixes it starts with
 * (a lexicon's prefixes are checked at every token of every post). Children are a sorted char array
 * searched by bisection, so a walk neither boxes nor allocates. Immutable.
 */
final class PrefixIndex {

  private static final int NONE = -1;

  private final char[] labels;
  private final PrefixIndex[] children;
  /** Id of the prefix ending at this node, or {@link #NONE}. */
  private final int id;

  private PrefixIndex(char[] labels, PrefixIndex[] children, int id) {
    this.labels = labels;
    this.children = children;
    this.id = id;
  }

  /** @param ids prefix -> its id (non-negative) */
  static PrefixIndex of(Map<String, Integer> ids) {
    return build(new ArrayList<>(ids.keySet()), ids, 0);
  }

  private static PrefixIndex build(List<String> prefixes, Map<String, Integer> ids, int depth) {
    int here = NONE;
    TreeMap<Character, List<String>> byNext = new TreeMap<>();
    for (String p : prefixes) {
      if (p.length() == depth) {
        here = ids.get(p);
      } else {
        byNext.computeIfAbsent(p.charAt(depth), c -> new ArrayList<>()).add(p);
      }
    }
    char[] labels = new char[byNext.size()];
    PrefixIndex[] children = new PrefixIndex[byNext.size()];
    int i = 0;
    for (var e : byNext.entrySet()) {
      labels[i] = e.getKey();
      children[i] = build(e.getValue(), ids, depth + 1);
      i++;
    }
    return new PrefixIndex(labels, children, here);
  }

  /** The ids of the indexed prefixes of {@code word}, shorter prefixes first. */
  int[] prefixesOf(String word) {
    int[] found = null;
    int n = 0;
    PrefixIndex node = this;
    for (int i = 0; i < word.length(); i++) {
      int at = Arrays.binarySearch(node.labels, word.charAt(i));
      if (at < 0) {
        break;
      }
      node = node.children[at];
      if (node.id != NONE) {
        if (found == null) {
          found = new int[4];
        } else if (n == found.length) {
          found = Arrays.copyOf(found, 2 * n);
        }
        found[n++] = node.id;
      }
    }
    return found == null ? Lexicon.NO_IDS : Arrays.copyOf(found, n);
  }
}
