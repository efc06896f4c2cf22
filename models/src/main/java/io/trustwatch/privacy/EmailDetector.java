package io.trustwatch.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, including internationalised ones (RFC 6531): the local part and the domain
 * labels may use letters of any script, and the top-level domain may be a Unicode name or its
 * {@code xn--} form. Quoted local parts and IP-literal domains are not recognised: they do not
 * occur in reviews.
 */
final class EmailDetector implements PiiDetector {

  /** The dot-atom characters of RFC 5322, widened to letters and digits of every script. */
  private static final String ATOM = "\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_{|}~-";
  private static final String WORD = "[\\p{L}\\p{M}\\p{N}]";

  // Possessive quantifiers and a local part that may only start where no atom character precedes
  // keep matching linear: a long run such as "a-a-a-a-..." is scanned once, not once per position.
  // Repeated groups are bounded (no address has more dots) so the regex engine's recursion stays
  // shallow instead of overflowing the stack on pathological input.
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![." + ATOM + "])[" + ATOM + "]++(?:\\.[" + ATOM + "]++){0,16}"
          + "@(?:" + WORD + "[\\p{L}\\p{M}\\p{N}-]*+(?<!-)\\.){1,8}"
          + "(?:xn--[a-zA-Z0-9-]{2,59}|[\\p{L}\\p{M}]{2,63})"
          + "(?![\\p{L}\\p{M}\\p{N}])");

  @Override
  public PiiKind kind() {
    return PiiKind.EMAIL;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (text.indexOf('@') < 0) {
      return spans;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      // Symbols the local part may contain but rarely starts with ("'jane@...'", "(bob@...") are
      // left in the text, so a quote or bracket around the address survives.
      int start = m.start();
      while (text.charAt(start) != '@' && !Character.isLetterOrDigit(text.charAt(start))
          && text.charAt(start) != '_') {
        start++;
      }
      if (text.charAt(start) != '@') {
        spans.add(new Span(start, m.end()));
      }
    }
    return spans;
  }
}
