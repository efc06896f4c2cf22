package io.trustwatch.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages Trustwatch treats as first-class: trained sentiment model, theme lexicon, normaliser. */
public final class Languages {
  public static final String ENGLISH = "en";
  public static final String ARABIC = "ar";
  public static final String RUSSIAN = "ru";
  public static final String TURKISH = "tr";
  public static final String INDONESIAN = "id";
  /** ISO 639-1 code for "undetermined" is not defined; we use the ISO 639-2 {@code und}. */
  public static final String UNDETERMINED = "und";

  public static final List<String> FIRST_CLASS = List.of(ENGLISH, ARABIC, RUSSIAN, TURKISH, INDONESIAN);
  private static final Set<String> FIRST_CLASS_SET = Set.copyOf(FIRST_CLASS);

  private static final Locale TURKISH_LOCALE = Locale.forLanguageTag(TURKISH);

  private Languages() {}

  /**
   * Lower-cases one word of language {@code lang}. Turkish maps I to dotless ı, but only in a word with a
   * letter outside ASCII: a word typed without any ("Iptal", "HESABIMI", from a keyboard without Turkish
   * letters) writes i for both i and ı, so its I is an i, as the lexicons' ASCII spellings expect.
   */
  public static String lowerCase(String word, String lang) {
    return TURKISH.equals(lang) && !isAscii(word) ? word.toLowerCase(TURKISH_LOCALE) : word.toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  public static boolean isFirstClass(String lang) {
    return lang != null && FIRST_CLASS_SET.contains(lang);
  }
}
