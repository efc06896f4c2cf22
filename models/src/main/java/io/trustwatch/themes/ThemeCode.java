package io.trustwatch.themes;

import java.util.Locale;

/**
 * The seven trust-breaking themes. Their {@link #code()} strings are a public contract used by
 * the tables, the scoring CLI and the notebooks, so they never change once released.
 */
public enum ThemeCode {
  SERVICE_FAILURE,
  DISHONESTY,
  PRIVACY_VIOLATION,
  DATA_BREACH,
  CONFLICT_MISHANDLED,
  BROKEN_PROMISE,
  TAKEN_FOR_GRANTED;

  /** The churn-intent label as it appears next to theme codes in gold files and reports. */
  public static final String CHURN_INTENT = "churn_intent";

  /** @return the stable snake_case code, e.g. {@code service_failure} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for an unknown code */
  public static ThemeCode fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
