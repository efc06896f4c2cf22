package io.trustwatch.privacy;

import java.util.List;

/**
 * Finds values of one {@link PiiKind}. Implementations are stateless and thread-safe.
 *
 * <p>The text a detector sees has the values found by earlier detectors overwritten with
 * {@link #MASK} (same length), so spans are offsets into the original text and detectors never
 * claim part of a value already claimed.
 */
interface PiiDetector {

  /** Stands in for characters already claimed; it is neither a letter, a digit nor a separator. */
  char MASK = '\u0000';

  /** ASCII, Arabic-Indic and Extended Arabic-Indic (Persian/Urdu) digits, as a regex class. */
  String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

  PiiKind kind();

  /** Spans of values of {@link #kind()}, not overlapping each other. */
  List<Span> find(String text);

  /**
   * How many decimal digits {@code s} holds, in any script. Most posts hold too few for a card or a
   * phone, and counting is far cheaper than running those detectors' patterns.
   */
  static int digitCount(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The ASCII digits of {@code s}, whatever script they were written in; other characters dropped. */
  static String asciiDigits(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 10);
      if (d >= 0) {
        out.append((char) ('0' + d));
      }
    }
    return out.toString();
  }
}
