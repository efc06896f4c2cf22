package io.trustwatch.themes;

import io.trustwatch.text.Languages;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folds a word the way the text normaliser does before it stems: lower-casing (Turkish-aware),
 * elongation, ё, Arabic letter variants and diacritics. Prefix terms are compared with folded
 * forms because a prefix cannot be stemmed, and a prefix longer than a word's stem must still match.
 */
final class WordFolder {

  private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
  // ArabicNormalizer keeps no state between calls, so one instance is shared.
  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

  private WordFolder() {}

  static String fold(String word, String lang) {
    String lower = Languages.lowerCase(word, lang);
    lower = lower.replace('’', '\'');
    if (hasTripleLetter(lower)) {
      lower = ELONGATION.matcher(lower).replaceAll("$1$1");
    }
    if (Languages.RUSSIAN.equals(lang)) {
      return lower.replace('ё', 'е');
    }
    if (Languages.ARABIC.equals(lang)) {
      char[] buf = lower.toCharArray();
      return new String(buf, 0, ARABIC.normalize(buf, buf.length));
    }
    return lower;
  }

  /** Cheap pre-check so the regex only runs on the rare elongated word. */
  private static boolean hasTripleLetter(String s) {
    for (int i = 2; i < s.length(); i++) {
      if (s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2)) {
        return true;
      }
    }
    return false;
  }
}
