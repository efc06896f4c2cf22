package io.trustwatch.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bank account numbers: a country code, two check digits and the national account
 * part, solid or in groups of four separated by spaces, accepted only when the ISO 13616 mod-97
 * check holds. For the countries in {@link #LENGTHS} the length must also match, which is what
 * stops a grouped IBAN from swallowing the number or code written after it.
 */
final class IbanDetector implements PiiDetector {

  /**
   * Candidate: country code, check digits, then alphanumerics with at most one space between. The
   * repetition is bounded (a little over the longest IBAN) to keep the regex engine's recursion shallow.
   */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[A-Za-z]{2}[0-9]{2}(?:[ \\u00A0]?[A-Za-z0-9]){1,40}");

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");

  private static final int MIN_LENGTH = 15;
  /** Every national account part is mostly digits; the shortest IBAN (Norway) has 13. */
  private static final int MIN_DIGITS = 8;
  private static final int MAX_LENGTH = 34;

  /** IBAN lengths from the ISO 13616 registry for the countries Trustwatch's markets deal with most. */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
      Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
      Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
      Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GR", 27),
      Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23),
      Map.entry("IQ", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30),
      Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21),
      Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25),
      Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
      Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
      Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
      Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SE", 24),
      Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("TN", 24), Map.entry("TR", 26),
      Map.entry("UA", 29), Map.entry("XK", 20));

  @Override
  public PiiKind kind() {
    return PiiKind.IBAN;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (PiiDetector.digitCount(text) < MIN_DIGITS) {
      return spans;
    }
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    // A candidate may run on into a following IBAN, so the search resumes where the valid one ends.
    while (from < text.length() && m.find(from)) {
      int end = validEnd(text, m.start(), m.end());
      if (end > 0) {
        spans.add(new Span(m.start(), end));
        from = end;
      } else {
        from = m.start() + 1;
      }
    }
    return spans;
  }

  /**
   * The end offset of the longest valid IBAN starting at {@code start} within the candidate, or -1.
   * The IBAN must be solid or in groups of four (the last may be shorter) and must end where a
   * word ends, so it never takes part of a following word.
   */
  private static int validEnd(String text, int start, int candidateEnd) {
    StringBuilder chars = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    List<Integer> groupSizes = new ArrayList<>();
    int groupSize = 0;
    for (int i = start; i < candidateEnd; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        chars.append(Character.toUpperCase(c));
        ends.add(i + 1);
        groupSize++;
      } else {
        groupSizes.add(groupSize);
        groupSize = 0;
      }
    }
    groupSizes.add(groupSize);
    String written = text.substring(start, candidateEnd);
    String country = chars.substring(0, 2);
    Integer known = LENGTHS.get(country);
    // An unknown country code in lower case is far more likely a word than an IBAN.
    if (known == null && !written.substring(0, 2).equals(country)) {
      return -1;
    }
    int longest = Math.min(MAX_LENGTH, chars.length());
    for (int length = longest; length >= MIN_LENGTH; length--) {
      int end = ends.get(length - 1);
      boolean endsAWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if ((known == null || length == known) && endsAWord && isGroupedInFours(groupSizes, length)
          && passesMod97(chars.substring(0, length))) {
        return end;
      }
    }
    return -1;
  }

  /** Whether the first {@code length} characters form one solid group or groups of four. */
  private static boolean isGroupedInFours(List<Integer> groupSizes, int length) {
    if (groupSizes.get(0) >= length) {
      return true;
    }
    int seen = 0;
    for (int size : groupSizes) {
      if (seen + size >= length) {
        return true; // the last group may be shorter than four
      }
      if (size != 4) {
        return false;
      }
      seen += size;
    }
    return false;
  }

  /** ISO 7064 mod 97-10 as ISO 13616 applies it: move the first four characters to the end, read letters as 10..35. */
  static boolean passesMod97(String iban) {
    String normalised = iban.toUpperCase(Locale.ROOT);
    if (normalised.length() < MIN_LENGTH || normalised.length() > MAX_LENGTH
        || !SHAPE.matcher(normalised).matches()) {
      return false;
    }
    String rearranged = normalised.substring(4) + normalised.substring(0, 4);
    // Letters count as two digits (A = 10 ... Z = 35); the remainder is carried digit by digit so
    // no big number is ever built.
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      int value = Character.digit(c, 36);
      remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
      remainder %= 97;
    }
    return remainder == 1;
  }
}
