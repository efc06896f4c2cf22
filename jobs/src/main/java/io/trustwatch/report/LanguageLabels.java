package io.trustwatch.report;

import java.util.Locale;
import java.util.Set;

/** How a language code is shown to people, and which way its text runs. */
final class LanguageLabels {

  /** Languages written right to left among those a detector may report (Arabic script and Hebrew). */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ur", "ps", "sd", "ug", "ckb", "dv", "he", "yi");

  private LanguageLabels() {}

  /** English name of an ISO 639 code, e.g. {@code Arabic} for {@code ar}; the code itself when unknown. */
  static String name(String code) {
    if (code == null || code.isBlank() || code.equals("und")) return "Undetermined";
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
  }

  static boolean isRightToLeft(String code) {
    return code != null && RIGHT_TO_LEFT.contains(code);
  }

  /**
   * The HTML {@code dir} for text in that language: {@code rtl} where known, otherwise {@code auto} so
   * the browser follows the first strong character (a mis-detected Arabic post still reads correctly).
   */
  static String htmlDir(String code) {
    return isRightToLeft(code) ? "rtl" : "auto";
  }
}
