package io.trustwatch.langid;

import java.util.function.Predicate;

/**
 * The stems an Arabic word may have once its clitics and inflection affixes are taken off. Arabic joins the
 * conjunctions و/ف, the prepositions ب/ل/ك, the article ال, the future marker س and object pronouns to the
 * word, and inflects verbs and plurals with prefixes and suffixes (يدعمون "they support" is ي + دعم + ون), so
 * most Arabic words of a text are not on a list of words as written, while their stems are. Persian and Urdu
 * borrow Arabic stems but not these affixes.
 */
final class ArabicAffixes {

  /** Proclitics and imperfect-verb prefixes, alone and in their usual combinations; "" leaves the start as is. */
  private static final String[] PREFIXES = {
      "", "ال", "و", "ف", "ب", "ل", "ك", "وال", "بال", "فال", "كال", "لل", "وب", "ول", "فب", "فل",
      "س", "وس", "سي", "ست", "سن", "ي", "ت", "ن", "أ", "وي", "وت"};
  /** Pronoun enclitics, the feminine ending and plural and verb endings; "" leaves the end as is. */
  private static final String[] SUFFIXES = {
      "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني", "ة", "ات", "ون", "ين", "ان", "وا",
      "تم", "ته", "تها"};
  /** Arabic roots have three letters: less than that left is not a stem. */
  private static final int MIN_STEM = 3;

  private ArabicAffixes() {}

  /**
   * Whether some stem of the lower-cased {@code word} (the word itself included) satisfies {@code listed}. Only
   * words in the Arabic script are split.
   */
  static boolean anyStem(String word, Predicate<String> listed) {
    if (word.isEmpty() || Character.UnicodeScript.of(word.charAt(0)) != Character.UnicodeScript.ARABIC) {
      return false;
    }
    for (String prefix : PREFIXES) {
      if (!word.startsWith(prefix)) {
        continue;
      }
      for (String suffix : SUFFIXES) {
        int end = word.length() - suffix.length();
        if (end - prefix.length() >= MIN_STEM && word.endsWith(suffix) && listed.test(word.substring(prefix.length(), end))) {
          return true;
        }
      }
    }
    return false;
  }
}
