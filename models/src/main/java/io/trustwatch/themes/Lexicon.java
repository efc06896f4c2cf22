package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All patterns of one language, indexed by their first term so a post is matched in roughly
 * linear time: each token looks up only the patterns that can start on it. Immutable, shared.
 */
final class Lexicon {

  private final String version;
  private final LexiconPattern[] patterns;
  /** First-term exact forms -> pattern indices. */
  private final Map<String, int[]> byExact;
  /** First two folded letters of a first-term prefix (or the one letter) -> pattern indices. */
  private final Map<String, int[]> byPrefixKey;

  Lexicon(String version, List<LexiconPattern> patterns) {
    this.version = version;
    this.patterns = patterns.toArray(LexiconPattern[]::new);
    Map<String, List<Integer>> exact = new HashMap<>();
    Map<String, List<Integer>> prefix = new HashMap<>();
    for (int i = 0; i < this.patterns.length; i++) {
      PatternTerm first = this.patterns[i].terms().get(0);
      for (String form : first.exact()) {
        exact.computeIfAbsent(form, k -> new ArrayList<>()).add(i);
      }
      for (String p : first.prefixes()) {
        prefix.computeIfAbsent(prefixKey(p), k -> new ArrayList<>()).add(i);
      }
    }
    byExact = freeze(exact);
    byPrefixKey = freeze(prefix);
  }

  /** @return the {@code # version:} header of the language's lexicon files, joined */
  String version() {
    return version;
  }

  /**
   * Finds every match of the given roles' patterns, at most one (the shortest) per pattern and
   * start token, never crossing a change in {@code region}. Exception patterns are applied: a
   * normal hit overlapping an exception hit of the same role is dropped, and exception hits are
   * not returned.
   */
  List<PatternHit> find(PreparedPost post, Set<LexiconRole> roles, int[] region) {
    List<PatternHit> hits = new ArrayList<>();
    int[] seenAt = new int[patterns.length];
    for (int i = 0; i < post.size(); i++) {
      int stamp = i + 1;
      String norm = post.norm[i];
      String folded = post.folded[i];
      tryAll(byExact.get(norm), post, roles, region, i, stamp, seenAt, hits);
      tryPrefixes(norm, post, roles, region, i, stamp, seenAt, hits);
      if (!folded.equals(norm)) {
        tryAll(byExact.get(folded), post, roles, region, i, stamp, seenAt, hits);
        tryPrefixes(folded, post, roles, region, i, stamp, seenAt, hits);
      }
    }
    return applyExceptions(hits);
  }

  /** Patterns whose first term has a prefix starting with the word's first one or two letters. */
  private void tryPrefixes(String word, PreparedPost post, Set<LexiconRole> roles, int[] region,
                           int at, int stamp, int[] seenAt, List<PatternHit> hits) {
    if (word.isEmpty()) {
      return;
    }
    tryAll(byPrefixKey.get(word.substring(0, 1)), post, roles, region, at, stamp, seenAt, hits);
    if (word.length() >= 2) {
      tryAll(byPrefixKey.get(word.substring(0, 2)), post, roles, region, at, stamp, seenAt, hits);
    }
  }

  private void tryAll(int[] candidates, PreparedPost post, Set<LexiconRole> roles, int[] region,
                      int at, int stamp, int[] seenAt, List<PatternHit> hits) {
    if (candidates == null) {
      return;
    }
    for (int c : candidates) {
      if (seenAt[c] == stamp) {
        continue;
      }
      seenAt[c] = stamp;
      LexiconPattern p = patterns[c];
      if (!roles.contains(p.role())) {
        continue;
      }
      int[] path = new int[p.terms().size()];
      if (matchFrom(p, 0, at, post, region, path)) {
        hits.add(new PatternHit(p, path));
      }
    }
  }

  /** Depth-first, nearest token first, so the shortest match wins; fills {@code path} with token indices. */
  private static boolean matchFrom(LexiconPattern p, int term, int at, PreparedPost post, int[] region,
                                   int[] path) {
    if (!p.terms().get(term).matches(post.norm[at], post.folded[at])) {
      return false;
    }
    path[term] = at;
    if (term == p.terms().size() - 1) {
      return true;
    }
    int limit = Math.min(post.size() - 1, at + 1 + p.maxGaps()[term]);
    for (int next = at + 1; next <= limit && region[next] == region[at]; next++) {
      if (matchFrom(p, term + 1, next, post, region, path)) {
        return true;
      }
    }
    return false;
  }

  private static List<PatternHit> applyExceptions(List<PatternHit> hits) {
    List<PatternHit> exceptions = new ArrayList<>();
    for (PatternHit h : hits) {
      if (h.pattern().exception()) {
        exceptions.add(h);
      }
    }
    if (exceptions.isEmpty()) {
      return hits;
    }
    List<PatternHit> kept = new ArrayList<>(hits.size());
    for (PatternHit h : hits) {
      if (h.pattern().exception()) {
        continue;
      }
      boolean blocked = false;
      for (PatternHit e : exceptions) {
        if (e.pattern().role() == h.pattern().role() && e.overlaps(h)) {
          blocked = true;
          break;
        }
      }
      if (!blocked) {
        kept.add(h);
      }
    }
    return kept;
  }

  private static String prefixKey(String prefix) {
    return prefix.length() >= 2 ? prefix.substring(0, 2) : prefix;
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> index) {
    Map<String, int[]> out = new HashMap<>();
    index.forEach((k, v) -> {
      int[] ids = v.stream().mapToInt(Integer::intValue).distinct().toArray();
      Arrays.sort(ids);
      out.put(k, ids);
    });
    return Map.copyOf(out);
  }

  static Set<LexiconRole> evidenceAndCueRoles() {
    Set<LexiconRole> roles = EnumSet.allOf(LexiconRole.class);
    roles.remove(LexiconRole.CONTRAST);
    return roles;
  }
}
