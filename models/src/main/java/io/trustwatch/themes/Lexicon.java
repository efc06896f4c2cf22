package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All patterns of one language, compiled to ids so that a post is matched in roughly linear time
 * without hashing a string per pattern: every exact form and every prefix the patterns use gets an
 * id, a post's tokens are looked up once ({@link TokenForms}), and each term is then sorted id
 * arrays. Patterns are indexed by their first term, so each token tries only the patterns that
 * start on it. Immutable, shared.
 */
final class Lexicon {

  static final int[] NO_IDS = new int[0];

  private final String version;
  private final LexiconPattern[] patterns;
  /** {@code terms[p][t]}: term t of pattern p, as ids. */
  private final TermIds[][] terms;
  /** Most terms in one pattern. */
  private final int longestPattern;
  /** Exact form -> id. */
  private final Map<String, Integer> formIds;
  /** Prefix -> id. */
  private final PrefixIndex prefixIds;
  /** Form id -> the patterns whose first term has that form, ascending. */
  private final int[][] startingOnForm;
  /** Prefix id -> the patterns whose first term has that prefix, ascending. */
  private final int[][] startingOnPrefix;
  /** Form id -> the OR of {@link TermIds#bit()} of the terms that have the form. */
  private final long[] formBits;
  /** Prefix id -> the OR of {@link TermIds#bit()} of the terms that have the prefix. */
  private final long[] prefixBits;

  Lexicon(String version, List<LexiconPattern> patterns) {
    this.version = version;
    this.patterns = patterns.toArray(LexiconPattern[]::new);
    Map<String, Integer> forms = new HashMap<>();
    Map<String, Integer> prefixes = new HashMap<>();
    terms = new TermIds[this.patterns.length][];
    int termCount = 0;
    for (int p = 0; p < this.patterns.length; p++) {
      List<PatternTerm> written = this.patterns[p].terms();
      terms[p] = new TermIds[written.size()];
      for (int t = 0; t < written.size(); t++) {
        terms[p][t] = new TermIds(ids(written.get(t).exact(), forms), ids(written.get(t).prefixes(), prefixes),
            1L << (termCount++ % Long.SIZE));
      }
    }
    longestPattern = Arrays.stream(terms).mapToInt(t -> t.length).max().orElse(0);
    formIds = forms; // a HashMap compares cached hashes before contents; Map.copyOf's table compares contents
    prefixIds = PrefixIndex.of(prefixes);
    startingOnForm = startingOn(forms.size(), p -> terms[p][0].forms());
    startingOnPrefix = startingOn(prefixes.size(), p -> terms[p][0].prefixes());
    formBits = new long[forms.size()];
    prefixBits = new long[prefixes.size()];
    for (TermIds[] pattern : terms) {
      for (TermIds term : pattern) {
        Arrays.stream(term.forms()).forEach(id -> formBits[id] |= term.bit());
        Arrays.stream(term.prefixes()).forEach(id -> prefixBits[id] |= term.bit());
      }
    }
  }

  private static int[] ids(java.util.Collection<String> values, Map<String, Integer> ids) {
    int[] out = values.stream().mapToInt(v -> ids.computeIfAbsent(v, k -> ids.size())).distinct().toArray();
    Arrays.sort(out);
    return out;
  }

  private int[][] startingOn(int size, java.util.function.IntFunction<int[]> firstTermIds) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>());
    }
    for (int p = 0; p < patterns.length; p++) {
      for (int id : firstTermIds.apply(p)) {
        lists.get(id).add(p);
      }
    }
    int[][] out = new int[size][];
    for (int i = 0; i < size; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** @return the {@code # version:} header of the language's lexicon files, joined */
  String version() {
    return version;
  }

  /** The post's tokens as this lexicon's ids; computed once per post, shared by every {@link #find}. */
  TokenForms formsOf(PreparedPost post) {
    int n = post.size();
    TokenForms f = new TokenForms(n);
    for (int i = 0; i < n; i++) {
      f.norm[i] = formIds.getOrDefault(post.norm[i], TokenForms.ABSENT);
      f.folded[i] = formIds.getOrDefault(post.folded[i], TokenForms.ABSENT);
      f.normPrefixes[i] = prefixIds.prefixesOf(post.norm[i]);
      f.foldedPrefixes[i] = post.folded[i].equals(post.norm[i]) ? NO_IDS : prefixIds.prefixesOf(post.folded[i]);
      long bits = (f.norm[i] == TokenForms.ABSENT ? 0L : formBits[f.norm[i]])
          | (f.folded[i] == TokenForms.ABSENT ? 0L : formBits[f.folded[i]]);
      for (int p : f.normPrefixes[i]) {
        bits |= prefixBits[p];
      }
      for (int p : f.foldedPrefixes[i]) {
        bits |= prefixBits[p];
      }
      f.termBits[i] = bits;
    }
    return f;
  }

  /**
   * Finds every match of the given roles' patterns, at most one (the shortest) per pattern and
   * start token, never crossing a change in {@code region}. Exception patterns are applied: a
   * normal hit overlapping an exception hit of the same role is dropped, and exception hits are
   * not returned.
   */
  List<PatternHit> find(TokenForms forms, Set<LexiconRole> roles, int[] region) {
    List<PatternHit> hits = new ArrayList<>();
    int[] seenAt = new int[patterns.length];
    int[] path = new int[longestPattern];
    for (int i = 0; i < forms.size(); i++) {
      int stamp = i + 1;
      // The norm's candidates first, then the folded surface's: the order hits are reported in.
      if (forms.norm[i] != TokenForms.ABSENT) {
        tryAll(startingOnForm[forms.norm[i]], forms, roles, region, i, stamp, seenAt, path, hits);
      }
      for (int prefix : forms.normPrefixes[i]) {
        tryAll(startingOnPrefix[prefix], forms, roles, region, i, stamp, seenAt, path, hits);
      }
      if (forms.folded[i] != TokenForms.ABSENT) {
        tryAll(startingOnForm[forms.folded[i]], forms, roles, region, i, stamp, seenAt, path, hits);
      }
      for (int prefix : forms.foldedPrefixes[i]) {
        tryAll(startingOnPrefix[prefix], forms, roles, region, i, stamp, seenAt, path, hits);
      }
    }
    return applyExceptions(hits);
  }

  /** The candidates' first term matches token {@code at} (that is how they were indexed); tries the rest. */
  private void tryAll(int[] candidates, TokenForms forms, Set<LexiconRole> roles, int[] region,
                      int at, int stamp, int[] seenAt, int[] path, List<PatternHit> hits) {
    for (int c : candidates) {
      if (seenAt[c] == stamp) {
        continue;
      }
      seenAt[c] = stamp;
      LexiconPattern p = patterns[c];
      if (roles.contains(p.role()) && matchRest(terms[c], p.maxGaps(), 0, at, forms, region, path)) {
        hits.add(new PatternHit(p, Arrays.copyOf(path, terms[c].length)));
      }
    }
  }

  /**
   * Term {@code term} matched token {@code at}: matches the terms after it depth-first, nearest token
   * first, so the shortest match wins; fills {@code path} with token indices.
   */
  private static boolean matchRest(TermIds[] terms, int[] maxGaps, int term, int at, TokenForms forms,
                                   int[] region, int[] path) {
    path[term] = at;
    if (term == terms.length - 1) {
      return true;
    }
    int limit = Math.min(forms.size() - 1, at + 1 + maxGaps[term]);
    for (int next = at + 1; next <= limit && region[next] == region[at]; next++) {
      if (terms[term + 1].mayMatch(forms, next) && terms[term + 1].matches(forms, next) && matchRest(terms, maxGaps, term + 1, next, forms, region, path)) {
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
}
