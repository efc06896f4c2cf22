package io.trustwatch.themes;

import io.trustwatch.text.Languages;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Theme tagger driven by curated per-language lexicons (format: {@code lexicon/README.md}).
 *
 * <p>Evidence hits that are negated ("they did not ignore my complaint"), hypothetical ("if they
 * leak my data") or praised nearby ("fast delivery, great support") are discarded. The remaining
 * hits of a theme are combined as independent evidence, {@code 1 - prod(1 - weight * frame)},
 * where {@code frame} scales with the post's sentiment: a clearly positive post needs two strong
 * hits. A theme is reported at confidence {@value #THRESHOLD} or more.
 *
 * <p>Loaded once, immutable, thread-safe: share one instance per JVM ({@link #shared()}).
 */
public final class LexiconThemeTagger implements ThemeTagger {

  static final double THRESHOLD = 0.5;

  private static final Set<LexiconRole> ALL_ROLES = EnumSet.allOf(LexiconRole.class);

  private final TextNormaliser normaliser;
  private final Map<String, Lexicon> lexicons;

  private LexiconThemeTagger(TextNormaliser normaliser, Map<String, Lexicon> lexicons) {
    this.normaliser = normaliser;
    this.lexicons = Map.copyOf(lexicons);
  }

  /** The JVM-wide instance over all first-class languages, built on first use. */
  public static LexiconThemeTagger shared() {
    return Shared.INSTANCE;
  }

  /**
   * Loads the lexicons of the given languages from the classpath; languages without lexicon
   * files are skipped. The normaliser must be the one whose tokens will be passed to {@link #tag}.
   *
   * @throws IllegalArgumentException naming file and line when a pattern is malformed
   */
  public static LexiconThemeTagger load(TextNormaliser normaliser, List<String> langs) {
    return load(normaliser, langs, LexiconLoader.ROOT);
  }

  /** Loads lexicons from another classpath folder (tests use small fixture lexicons). */
  static LexiconThemeTagger load(TextNormaliser normaliser, List<String> langs, String root) {
    LexiconLoader loader = new LexiconLoader(normaliser, root);
    Map<String, Lexicon> lexicons = new TreeMap<>();
    for (String lang : langs) {
      Lexicon lexicon = loader.load(lang);
      if (lexicon != null) {
        lexicons.put(lang, lexicon);
      }
    }
    return new LexiconThemeTagger(normaliser, lexicons);
  }

  /** @return language -> the lexicon version header(s), for run logs and model cards */
  public Map<String, String> versions() {
    Map<String, String> out = new TreeMap<>();
    lexicons.forEach((lang, lexicon) -> out.put(lang, lexicon.version()));
    return out;
  }

  /** @return true if {@code lang} has a lexicon */
  public boolean supports(String lang) {
    return lexicons.containsKey(lang);
  }

  /** Tokenises with this tagger's normaliser, then tags. */
  public ThemeResult tag(String text, String lang, Double sentimentScore) {
    return tag(text, normaliser.tokens(text, lang), lang, sentimentScore);
  }

  @Override
  public ThemeResult tag(String text, List<Token> tokens, String lang, Double sentimentScore) {
    Lexicon lexicon = lang == null ? null : lexicons.get(lang);
    if (lexicon == null || tokens.isEmpty()) {
      return ThemeResult.NONE;
    }
    PreparedPost post = PreparedPost.of(text, tokens, lang);
    // One pass finds all roles: every pattern stays within its sentence, so the clause split that
    // the contrast hits make does not change what the others match.
    List<PatternHit> hits = lexicon.find(lexicon.formsOf(post), ALL_ROLES, post.sentence);
    splitClausesAtContrast(post, hits);
    hits.removeIf(h -> h.pattern().role() == LexiconRole.CONTRAST);
    PostScopes scopes = new PostScopes(post, hits);

    Map<ThemeCode, Evidence> themes = new EnumMap<>(ThemeCode.class);
    Evidence churn = new Evidence();
    double frame = sentimentFrame(sentimentScore);
    for (PatternHit h : hits) {
      LexiconRole role = h.pattern().role();
      if (!role.isEvidence() || scopes.negated(h)) {
        continue;
      }
      if (role == LexiconRole.CHURN_INTENT) {
        // A question ("would I leave?") is not a statement of leaving.
        if (!scopes.hypothetical(h, true) && !post.inQuestion[h.from()]) {
          churn.add(h, 1.0);
        }
      } else if (!scopes.hypothetical(h, false) && !scopes.praised(h)) {
        themes.computeIfAbsent(role.theme(), k -> new Evidence()).add(h, frame);
      }
    }
    List<ThemeMatch> matches = new ArrayList<>();
    themes.forEach((theme, ev) -> {
      ev.combine();
      if (ev.confidence >= THRESHOLD) {
        matches.add(new ThemeMatch(theme, ev.confidence, evidenceText(post, ev.best),
            post.start[ev.best.from()], post.end[ev.best.to() - 1]));
      }
    });
    churn.combine();
    ChurnIntent churnIntent = churn.confidence >= THRESHOLD
        ? new ChurnIntent(true, evidenceText(post, churn.best), post.start[churn.best.from()],
            post.end[churn.best.to() - 1])
        : ChurnIntent.NONE;
    return new ThemeResult(matches, churnIntent);
  }

  /**
   * How much a hit counts given the post's overall sentiment: unknown or neutral 1, negative more,
   * positive less. The post-level score is the "negative frame" a theme needs.
   */
  static double sentimentFrame(Double score) {
    if (score == null) {
      return 1.0;
    }
    if (score >= 0.5) {
      return 0.45;
    }
    if (score >= 0.2) {
      return 0.75;
    }
    return score <= -0.2 ? 1.25 : 1.0;
  }

  private static void splitClausesAtContrast(PreparedPost post, List<PatternHit> hits) {
    boolean[] starts = new boolean[post.size()];
    boolean any = false;
    for (PatternHit h : hits) {
      if (h.pattern().role() == LexiconRole.CONTRAST) {
        starts[h.from()] = true;
        any = true;
      }
    }
    if (any) {
      post.splitClausesAt(starts);
    }
  }

  private static String evidenceText(PreparedPost post, PatternHit hit) {
    return post.text.substring(post.start[hit.from()], post.end[hit.to() - 1]);
  }

  /**
   * Combines the surviving hits of one theme (or of churn intent) as independent evidence.
   * Overlapping hits are one piece of evidence seen by two patterns, so only the strongest counts.
   */
  private static final class Evidence {
    private final List<PatternHit> hits = new ArrayList<>();
    private final List<Double> strengths = new ArrayList<>();
    private PatternHit best;
    private double confidence;

    void add(PatternHit hit, double frame) {
      hits.add(hit);
      strengths.add(Math.min(1.0, hit.pattern().weight() * frame));
    }

    /** Greedy: strongest first (earliest on ties, so output is stable), skipping overlaps. */
    void combine() {
      Integer[] order = new Integer[hits.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(strengths.get(b), strengths.get(a)));
      List<PatternHit> taken = new ArrayList<>();
      double miss = 1.0;
      for (int i : order) {
        PatternHit h = hits.get(i);
        if (taken.stream().noneMatch(h::overlaps)) {
          taken.add(h);
          miss *= 1.0 - strengths.get(i);
        }
      }
      best = taken.isEmpty() ? null : taken.get(0);
      confidence = 1.0 - miss;
    }
  }

  private static final class Shared {
    static final LexiconThemeTagger INSTANCE = load(new LuceneTextNormaliser(), Languages.FIRST_CLASS);
  }
}
