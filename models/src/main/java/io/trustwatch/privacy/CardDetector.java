package io.trustwatch.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment-card-like numbers: 13 to 19 digits, written solid or in the groupings printed on cards
 * (4-4-4-4[-3], 4-6-5, 4-6-4, or any other starting with four digits) with one consistent space or
 * dash, that pass the Luhn check and start
 * with a digit card schemes use (2-6 for Mastercard, Mir, Amex, Visa, Discover, UnionPay; 9 for
 * Troy and other domestic schemes). A random number passes Luhn one time in ten, so a number
 * written right after an {@link IdentifierCue} ("nomor resi", "order #") and numbers inside URLs
 * (status and product ids) are left alone.
 */
final class CardDetector implements PiiDetector {

  private static final String D = DIGIT;

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+])(?:"
          + D + "{4}([ -])" + D + "{4}\\1" + D + "{4}\\1" + D + "{1,4}(?:\\1" + D + "{1,3})?"
          + "|" + D + "{4}([ -])" + D + "{6}\\2" + D + "{4,5}"
          // Banks print other groupings too (4-4-10, 4-4-4-6); any starting with four digits.
          + "|" + D + "{4}([ -])" + D + "{2,10}(?:\\3" + D + "{2,10}){1,4}"
          + "|" + D + "{13,19})"
          // Not followed by more digits or letters, nor by a decimal part.
          + "(?![\\p{L}\\p{N}]|[.,]\\p{N})");

  private static final int MIN_DIGITS = 13;
  private static final int MAX_DIGITS = 19;

  private static final String SCHEME_FIRST_DIGITS = "234569";

  @Override
  public PiiKind kind() {
    return PiiKind.CARD;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (PiiDetector.digitCount(text) < MIN_DIGITS) {
      return spans;
    }
    Matcher m = CANDIDATE.matcher(TextMasks.maskUrls(text));
    while (m.find()) {
      String digits = PiiDetector.asciiDigits(m.group());
      if (digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS
          && SCHEME_FIRST_DIGITS.indexOf(digits.charAt(0)) >= 0
          && passesLuhn(digits)
          && !IdentifierCue.wordPrecedes(text, m.start())) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  /** The Luhn (mod 10) check every payment card number satisfies. */
  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
