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

  private static final String WORD = "[\\p{L}\\p{M}\\p{N}]";
  /** The dot-atom characters of RFC 5322, widened to letters and digits of every script. */
  private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_{|}~-]";
  private static final String LABEL = WORD + "(?:[\\p{L}\\p{M}\\p{N}-]*" + WORD + ")?";

  private static final Pattern EMAIL = Pattern.compile(
      // The first character is a letter, digit or underscore so that an opening quote or
      // bracket before the address stays in the text.
      "(?<![\\p{L}\\p{M}\\p{N}_])[\\p{L}\\p{M}\\p{N}_]" + ATOM + "*(?:\\." + ATOM + "+)*"
          + "@(?:" + LABEL + "\\.)+(?:[\\p{L}\\p{M}]{2,63}|xn--[a-zA-Z0-9-]{2,59})"
          + "(?![\\p{L}\\p{M}\\p{N}])");

  @Override
  public PiiKind kind() {
    return PiiKind.EMAIL;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return spans;
  }
}
