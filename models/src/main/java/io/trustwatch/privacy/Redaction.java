package io.trustwatch.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The outcome of redacting one text.
 *
 * <p>{@code text} equals the input except that every detected value is replaced by its
 * {@link PiiKind#placeholder()}; everything else is kept character for character. Offsets that
 * later stages compute (token offsets, theme evidence) therefore refer to this redacted text,
 * which is the only text that is stored.
 *
 * @param text   the redacted text ({@code null} only when the input was {@code null})
 * @param counts how many values of each kind were replaced; every kind is present, in enum order
 */
public record Redaction(String text, Map<PiiKind, Integer> counts) {

  public Redaction {
    EnumMap<PiiKind, Integer> complete = new EnumMap<>(PiiKind.class);
    for (PiiKind kind : PiiKind.values()) {
      complete.put(kind, counts.getOrDefault(kind, 0));
    }
    counts = Collections.unmodifiableMap(complete);
  }

  /** How many values of {@code kind} were replaced. */
  public int count(PiiKind kind) {
    return counts.get(kind);
  }

  /** How many values were replaced in total. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
