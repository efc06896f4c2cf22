package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import io.trustwatch.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * Turns a post's tokens into hashed, weighted feature counts: word unigrams (on the normaliser's
 * stemmed {@code norm} forms), word bigrams, char 2-5-grams inside words, and optionally the review
 * cues of {@link SentimentCues}. Stateless and thread-safe.
 *
 * <p>With cues on, a word inside a negation scope is counted as a different feature ("neg:good" is
 * not "good"), and words in the clause after a contrast word count double, because reviews tend to
 * put their verdict there ("the food was fine but the service was awful").
 */
final class SentimentFeatures {

  private static final int NS_WORD = 1;
  private static final int NS_NEGATED_WORD = 2;
  private static final int NS_BIGRAM = 3;
  private static final int NS_CHAR = 4;
  private static final int NS_CUE = 5;
  private static final int NS_INTENSIFIED = 6;
  private static final int NS_CAPS = 7;

  private static final float CONTRAST_WEIGHT = 2f;
  private static final int MIN_CHAR_GRAM = 2;
  private static final int MAX_CHAR_GRAM = 5;
  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  private final FeatureSettings settings;
  private final SentimentCues cues;
  private final Locale locale;
  private final int mask;

  SentimentFeatures(String lang, FeatureSettings settings) {
    this.settings = settings;
    this.cues = SentimentCues.forLanguage(lang);
    this.locale = Languages.TURKISH.equals(lang) ? TURKISH : Locale.ROOT;
    this.mask = settings.dimensions() - 1;
  }

  /** True for tokens that can carry sentiment; a post without any is too short to score. */
  static boolean isContent(Token t) {
    return switch (t.kind()) {
      case WORD, HASHTAG, EMOJI, EMOTICON -> true;
      default -> false;
    };
  }

  SparseCounts counts(List<Token> tokens) {
    int n = tokens.size();
    String[] lower = new String[n];
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case WORD -> lower[i] = t.surface().toLowerCase(locale);
        case HASHTAG -> lower[i] = t.surface().substring(1).toLowerCase(locale);
        default -> { }
      }
      norm[i] = t.kind() == Token.Kind.EMOJI ? baseEmoji(t.surface()) : t.norm();
    }
    boolean[] negated = new boolean[n];
    float[] weight = new float[n];
    java.util.Arrays.fill(weight, 1f);
    SparseCounts out = new SparseCounts(expectedFeatures(tokens));
    if (settings.cues()) {
      markCues(tokens, lower, norm, negated, weight, out);
    }
    Token previous = null;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        previous = null;
        continue;
      }
      add(out, FeatureHash.mix(FeatureHash.start(negated[i] ? NS_NEGATED_WORD : NS_WORD), norm[i]), weight[i]);
      if (previous != null) {
        int h = FeatureHash.mix(FeatureHash.start(NS_BIGRAM), norm[i - 1]);
        add(out, FeatureHash.mix(FeatureHash.mix(h, 0), norm[i]), weight[i]);
      }
      previous = t;
      if (lower[i] != null) {
        addCharGrams(out, lower[i], weight[i]);
      }
    }
    return out;
  }

  /** Up to four char n-grams per letter (sizes 2-5) plus word, bigram and cue features per token. */
  private static int expectedFeatures(List<Token> tokens) {
    int expected = 0;
    for (Token t : tokens) {
      expected += 4 * t.surface().length() + 3;
    }
    return expected;
  }

  private void markCues(List<Token> tokens, String[] lower, String[] norm, boolean[] negated, float[] weight,
                        SparseCounts out) {
    int n = tokens.size();
    boolean afterContrast = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        String s = t.surface();
        if (s.indexOf('!') >= 0) cue(out, "!");
        if (s.indexOf('?') >= 0) cue(out, "?");
        if (s.indexOf('.') >= 0 || s.indexOf('!') >= 0 || s.indexOf('?') >= 0 || s.indexOf('…') >= 0) {
          afterContrast = false;
        }
        continue;
      }
      if (afterContrast) {
        weight[i] = CONTRAST_WEIGHT;
      }
      String w = lower[i];
      if (w == null) {
        continue;
      }
      if (cues.isNegator(w)) {
        cue(out, "neg");
        markNegationScope(tokens, i, negated);
      } else if (cues.isNegatedBySuffix(w)) {
        cue(out, "negsuffix");
        negated[i] = true;
      }
      if (cues.contrasts().contains(w) || cues.contrasts().contains(withoutArabicAnd(w))) {
        cue(out, "contrast");
        afterContrast = true;
      }
      if (cues.intensifiers().contains(w)) {
        cue(out, "intensifier");
        if (i > 0 && tokens.get(i - 1).kind() != Token.Kind.PUNCT) {
          add(out, FeatureHash.mix(FeatureHash.start(NS_INTENSIFIED), norm[i - 1]), 1f);
        }
        if (i + 1 < n && tokens.get(i + 1).kind() != Token.Kind.PUNCT) {
          add(out, FeatureHash.mix(FeatureHash.start(NS_INTENSIFIED), norm[i + 1]), 1f);
        }
      }
      if (isShouted(t.surface())) {
        cue(out, "caps");
        add(out, FeatureHash.mix(FeatureHash.start(NS_CAPS), norm[i]), 1f);
      }
      if (isElongated(w)) {
        cue(out, "elongated");
      }
    }
  }

  private void markNegationScope(List<Token> tokens, int negator, boolean[] negated) {
    int step = cues.negatesBackwards() ? -1 : 1;
    int reached = 0;
    for (int j = negator + step; j >= 0 && j < tokens.size() && reached < SentimentCues.NEGATION_SCOPE; j += step) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        break;
      }
      if (isContent(t)) {
        negated[j] = true;
        reached++;
      }
    }
  }

  /** Arabic attaches "and" (و) to the next word: "ولكن" is "and but". */
  private static String withoutArabicAnd(String w) {
    return w.length() > 2 && w.charAt(0) == 'و' ? w.substring(1) : w;
  }

  private static boolean isShouted(String surface) {
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  private static boolean isElongated(String w) {
    for (int i = 2; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i)) && w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
        return true;
      }
    }
    return false;
  }

  /** Drops variation selectors and skin tones so "👍🏽" and "👍" are one feature. */
  private static String baseEmoji(String surface) {
    StringBuilder b = new StringBuilder(surface.length());
    surface.codePoints()
        .filter(cp -> cp != 0xFE0F && (cp < 0x1F3FB || cp > 0x1F3FF))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Char n-grams inside one word padded by spaces, elongations cut to two letters as the normaliser does. */
  private void addCharGrams(SparseCounts out, String word, float weight) {
    char[] padded = new char[word.length() + 2];
    int len = 0;
    padded[len++] = ' ';
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (len >= 3 && padded[len - 1] == c && padded[len - 2] == c) {
        continue;
      }
      padded[len++] = c;
    }
    padded[len++] = ' ';
    for (int from = 0; from < len; from++) {
      int h = FeatureHash.start(NS_CHAR);
      for (int size = 1; size <= MAX_CHAR_GRAM && from + size <= len; size++) {
        h = FeatureHash.mix(h, padded[from + size - 1]);
        if (size >= MIN_CHAR_GRAM) {
          add(out, h, weight);
        }
      }
    }
  }

  private void cue(SparseCounts out, String name) {
    add(out, FeatureHash.mix(FeatureHash.start(NS_CUE), name), 1f);
  }

  private void add(SparseCounts out, int hash, float weight) {
    out.add(FeatureHash.finish(hash) & mask, weight);
  }
}
