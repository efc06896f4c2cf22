package io.trustwatch.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in the international form ({@code +} or {@code 00} and a country code) and in the
 * national forms of the first-class markets: US/UK (en), Saudi Arabia, the UAE and Egypt (ar, in
 * Latin, Arabic-Indic or Persian digits), Russia (ru, trunk prefix 8), Turkey (tr) and Indonesia
 * (id).
 *
 * <p>A candidate is a run of digit groups joined by spaces, dashes, dots or parentheses. Its digits
 * are then checked against the numbering plans: how many digits follow each country code or trunk
 * prefix. Because a candidate may run into neighbouring numbers ("0532 123 45 67 2 kez"), the
 * longest valid run of whole groups is taken. Numbers that look like prices, dates, times, years
 * or order numbers fail these checks; dates and URLs are masked first (except the number in a
 * WhatsApp link), and a number right after an {@link IdentifierCue} is never a phone.
 */
final class PhoneDetector implements PiiDetector {

  private static final String D = DIGIT;
  private static final String SPACE = "[ \\u00A0]";

  /**
   * More digit groups than any phone has. Bounding every repeated group also bounds the regex
   * engine's recursion, which would otherwise overflow the stack on a long run of numbers.
   */
  private static final int MAX_GROUPS = 12;

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{N}\\p{IsLatin}\\p{IsCyrillic}+#№/])(?:\\+" + SPACE + "?)?\\(?"
          + D + "+(?:[ \\u00A0().-]{1,3}" + D + "+){0," + MAX_GROUPS + "}");

  private static final Pattern WHATSAPP_LINK = Pattern.compile(
      "(?:wa\\.me/|whatsapp\\.com/send/?\\?phone=)(\\+?[0-9]{8,15})(?![0-9])", Pattern.CASE_INSENSITIVE);

  private static final Pattern GROUP = Pattern.compile(D + "+");

  /**
   * Phone words ("call", "тел.", "هاتف", "telp"). Short words must stand alone ("wa" is not
   * "walaupun"); long ones may be inflected.
   */
  private static final String PHONE_WORD =
      "(?<!\\p{L})(?:(?:phone|call|mobile|whatsapp|telephone|telefon|telepon|handphone|hubungi"
          + "|телефон|звон|позвон|моб|сотов|هاتف|جوال|موبايل|تلفون|اتصل|واتس)\\p{L}*"
          + "|tel|telp|cell|sms|fax|gsm|cep|hp|wa|тел|факс|فاكس)(?!\\p{L})";

  /** A phone word a few words before a number: "call me at 5551234567". */
  private static final Pattern PHONE_WORD_NEAR = Pattern.compile(
      PHONE_WORD + "[^\\p{N}]{0,15}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A phone word right before a number, nothing but punctuation between: "тел. 123-45-67". */
  private static final Pattern PHONE_WORD_RIGHT_BEFORE = Pattern.compile(
      PHONE_WORD + "[^\\p{N}\\p{L}]{0,3}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int CUE_WINDOW = 30;

  /** No number here is shorter: a local number without area code, after a phone word. */
  private static final int MIN_DIGITS = 7;

  /** How many digits follow a country code (after any trunk 0), for the first-class markets. */
  private record NumberingPlan(String countryCode, int minDigits, int maxDigits) {}

  private static final List<NumberingPlan> PLANS = List.of(
      new NumberingPlan("1", 10, 10), // US, Canada
      new NumberingPlan("7", 10, 10), // Russia, Kazakhstan
      new NumberingPlan("20", 8, 10), // Egypt
      new NumberingPlan("44", 9, 10), // UK
      new NumberingPlan("62", 8, 12), // Indonesia
      new NumberingPlan("90", 10, 10), // Turkey
      new NumberingPlan("966", 8, 9), // Saudi Arabia
      new NumberingPlan("971", 8, 9)); // UAE

  @Override
  public PiiKind kind() {
    return PiiKind.PHONE;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (PiiDetector.digitCount(text) < MIN_DIGITS) {
      return spans;
    }
    // A WhatsApp link is a phone number in a URL; every other URL is masked with the dates.
    Matcher link = WHATSAPP_LINK.matcher(text);
    while (link.find()) {
      spans.add(new Span(link.start(1), link.end(1)));
    }
    String view = TextMasks.maskDates(TextMasks.maskUrls(text));
    Matcher m = CANDIDATE.matcher(view);
    while (m.find()) {
      findInCandidate(view, m.start(), m.end(), spans);
    }
    return spans;
  }

  /**
   * Takes, from left to right, the longest valid run of whole digit groups in the candidate. Numbers
   * with an area code are taken first and local numbers only from the groups left over, so a local
   * reading never splits a full number ("телефон 8 0660 353 897").
   */
  private static void findInCandidate(String text, int start, int end, List<Span> spans) {
    List<int[]> groups = new ArrayList<>();
    Matcher g = GROUP.matcher(text).region(start, end);
    while (g.find()) {
      groups.add(new int[] {g.start(), g.end()});
    }
    boolean[] claimed = new boolean[groups.size()];
    claim(text, start, groups, claimed, false, spans);
    claim(text, start, groups, claimed, true, spans);
  }

  private static void claim(String text, int start, List<int[]> groups, boolean[] claimed,
      boolean allowLocal, List<Span> spans) {
    boolean plus = text.charAt(start) == '+';
    boolean afterPhone = false;
    int first = 0;
    while (first < groups.size()) {
      if (claimed[first]) {
        first++;
        afterPhone = true;
        continue;
      }
      int last = first;
      while (last + 1 < groups.size() && !claimed[last + 1]) {
        last++;
      }
      while (last >= first
          && !isPhone(text, groups, first, last, plus && first == 0, allowLocal, afterPhone)) {
        last--;
      }
      if (last < first) {
        first++;
        afterPhone = false;
        continue;
      }
      int spanStart = plus && first == 0 ? start : groups.get(first)[0];
      int spanEnd = groups.get(last)[1];
      // Keep an opening parenthesis with the number only if the number also closes it.
      if (spanStart > start && text.charAt(spanStart - 1) == '('
          && text.substring(spanStart, spanEnd).indexOf(')') >= 0) {
        spanStart--;
      }
      // An identifier is claimed too, so that no local number is read into it afterwards.
      if (!IdentifierCue.wordOrSymbolPrecedes(text, spanStart)) {
        spans.add(new Span(spanStart, spanEnd));
      }
      for (int i = first; i <= last; i++) {
        claimed[i] = true;
      }
      first = last + 1;
      afterPhone = true;
    }
  }

  /**
   * @param plus       the number is written with a leading {@code +}
   * @param allowLocal whether a 7-8 digit local number may count (see {@link #isLocal})
   * @param afterPhone the number directly follows another phone number ("4451234 - 4459876")
   */
  private static boolean isPhone(String text, List<int[]> groups, int first, int last, boolean plus,
      boolean allowLocal, boolean afterPhone) {
    int[] lengths = new int[last - first + 1];
    StringBuilder raw = new StringBuilder();
    for (int i = first; i <= last; i++) {
      raw.append(text, groups.get(i)[0], groups.get(i)[1]);
      lengths[i - first] = groups.get(i)[1] - groups.get(i)[0];
    }
    String digits = PiiDetector.asciiDigits(raw);
    if (plus) {
      return isInternational(digits);
    }
    if (digits.startsWith("00")) {
      return isInternational(digits.substring(2));
    }
    if (digits.startsWith("0")) {
      return isNationalWithTrunkZero(digits) || allowLocal && isLocal(text, groups.get(first)[0], digits, afterPhone);
    }
    if (digits.length() == 11 && digits.charAt(0) == '8' && "3489".indexOf(digits.charAt(1)) >= 0) {
      return true; // Russia: trunk 8, then a 3xx/4xx/8xx/9xx code and 7 digits.
    }
    boolean nanpShape = Arrays.equals(lengths, new int[] {3, 3, 4})
        || Arrays.equals(lengths, new int[] {1, 3, 3, 4});
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      return isNanp(digits.substring(1)) && (nanpShape || isNear(PHONE_WORD_NEAR, text, groups.get(first)[0]));
    }
    if (digits.length() == 10) {
      return isNanp(digits) && (nanpShape || isNear(PHONE_WORD_NEAR, text, groups.get(first)[0]));
    }
    return allowLocal && isLocal(text, groups.get(first)[0], digits, afterPhone);
  }

  /**
   * A local number without area code (7 or 8 digits: "тел. 123-45-67", "هاتف: 4451234") looks like
   * any other number, so it counts only right after a phone word or another phone number.
   */
  private static boolean isLocal(String text, int numberStart, String digits, boolean afterPhone) {
    return digits.length() >= MIN_DIGITS && digits.length() <= 8
        && (afterPhone || isNear(PHONE_WORD_RIGHT_BEFORE, text, numberStart));
  }

  /**
   * Digits after the international prefix. Known country codes get their exact lengths so that a
   * following number is not absorbed; others get the E.164 range. A trunk 0 written after the
   * country code, as in "+44 (0)20", is tolerated.
   */
  private static boolean isInternational(String digits) {
    for (NumberingPlan plan : PLANS) {
      if (digits.startsWith(plan.countryCode())) {
        String subscriber = digits.substring(plan.countryCode().length());
        if (subscriber.startsWith("0")) {
          subscriber = subscriber.substring(1);
        }
        boolean lengthOk = subscriber.length() >= plan.minDigits() && subscriber.length() <= plan.maxDigits();
        return lengthOk && (!plan.countryCode().equals("1") || isNanp(subscriber));
      }
    }
    return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
  }

  /**
   * National numbers with trunk prefix 0: UK, Saudi Arabia, the UAE, Egypt and Turkey use 9 to 11
   * digits in all; Indonesian mobiles (08…) run to 13.
   */
  private static boolean isNationalWithTrunkZero(String digits) {
    if (digits.length() < 2 || digits.charAt(1) == '0') {
      return false;
    }
    int max = digits.charAt(1) == '8' ? 13 : 11;
    int min = digits.charAt(1) == '8' ? 10 : 9;
    return digits.length() >= min && digits.length() <= max;
  }

  /**
   * A ten-digit North American number: the area code starts with 2-9. The exchange obeys the same
   * rule in real numbers but not in the made-up ones people write ("(555) 123-4567"), so it is
   * not checked.
   */
  private static boolean isNanp(String digits) {
    return digits.length() == 10 && digits.charAt(0) >= '2';
  }

  private static boolean isNear(Pattern cue, String text, int numberStart) {
    return cue.matcher(text).region(Math.max(0, numberStart - CUE_WINDOW), numberStart)
        .useTransparentBounds(true).find();
  }
}
