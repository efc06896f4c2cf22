package io.trustwatch.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides text in which digits are not personal data from the number detectors, keeping its length
 * so offsets stay valid. The masked text is only looked at, never stored.
 */
final class TextMasks {

  private static final String D = PiiDetector.DIGIT;

  /**
   * Web addresses: their ids and query strings are full of long digit runs. Possessive and bounded
   * repetition keeps the match linear and the regex recursion shallow on long runs like "1-1-1-…".
   */
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|www\\.)\\S+"
          + "|(?<![\\p{L}\\p{N}@.-])(?:[\\p{L}\\p{N}-]++\\.){1,10}[a-zA-Z]{2,}/\\S*");

  /** d.m.y, d-m-y and y-m-d dates, whose digits would otherwise count towards a phone number. */
  private static final Pattern DATE = Pattern.compile(
      "(?<!" + D + ")(?:" + D + "{1,2}([.-])" + D + "{1,2}\\1" + D + "{2,4}"
          + "|" + D + "{4}([.-])" + D + "{1,2}\\2" + D + "{1,2})(?!" + D + ")");

  private TextMasks() {}

  static String maskUrls(String text) {
    return mask(text, URL);
  }

  static String maskDates(String text) {
    return mask(text, DATE);
  }

  private static String mask(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] chars = text.toCharArray();
    do {
      for (int i = m.start(); i < m.end(); i++) {
        chars[i] = PiiDetector.MASK;
      }
    } while (m.find());
    return new String(chars);
  }
}
