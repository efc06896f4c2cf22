package io.trustwatch.text;

import java.util.List;
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

  private Languages() {}

  public static boolean isFirstClass(String lang) {
    return lang != null && FIRST_CLASS_SET.contains(lang);
  }
}
