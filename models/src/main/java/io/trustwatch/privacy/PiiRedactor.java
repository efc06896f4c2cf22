package io.trustwatch.privacy;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces e-mail addresses, phone numbers, payment-card numbers and IBANs in a post with typed
 * placeholders ({@code <EMAIL>}, {@code <PHONE>}, {@code <CARD>}, {@code <IBAN>}) before the text is
 * stored. Everything outside a detected value is kept exactly as it was, so all offsets computed
 * downstream (tokens, theme evidence) refer to the redacted text.
 *
 * <p>Detectors run from the most to the least specific: an e-mail address may contain digits, an
 * IBAN contains a card-length digit run, and a card number is long enough to look like a phone.
 * Each later detector sees the values already claimed masked out.
 *
 * <p>Stateless and thread-safe: create one and share it across tasks. Serializable (it has no
 * state) so a Spark function can capture it.
 */
public final class PiiRedactor implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  private static final List<PiiDetector> DETECTORS = List.of(
      new EmailDetector(), new IbanDetector(), new CardDetector(), new PhoneDetector());

  /**
   * @param text a post, any language; {@code null} gives a redaction with {@code null} text
   * @return the redacted text and how many values of each kind were replaced
   */
  public Redaction redact(String text) {
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    if (text == null || text.isEmpty()) {
      return new Redaction(text, counts);
    }
    record Found(Span span, PiiKind kind) {}
    List<Found> found = new ArrayList<>();
    char[] view = text.toCharArray();
    for (PiiDetector detector : DETECTORS) {
      for (Span span : detector.find(new String(view))) {
        found.add(new Found(span, detector.kind()));
        counts.merge(detector.kind(), 1, Integer::sum);
        for (int i = span.start(); i < span.end(); i++) {
          view[i] = PiiDetector.MASK;
        }
      }
    }
    if (found.isEmpty()) {
      return new Redaction(text, counts);
    }
    found.sort(Comparator.comparingInt(f -> f.span().start()));
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (Found f : found) {
      out.append(text, copied, f.span().start()).append(f.kind().placeholder());
      copied = f.span().end();
    }
    return new Redaction(out.append(text, copied, text.length()).toString(), counts);
  }
}
