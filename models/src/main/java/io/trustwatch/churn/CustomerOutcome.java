package io.trustwatch.churn;

import java.util.Locale;

/** Ground-truth outcome of a simulated customer, the labels calibration and evaluation use. */
public enum CustomerOutcome {
  /** Stays, posts regularly, positive. */
  LOYAL_HAPPY,
  /** Stays and is content but posts rarely: the false alarm silent-churn detection must avoid. */
  QUIET_HAPPY,
  /** Leaves after saying so or complaining to the company. */
  LOUD_CHURNER,
  /** Leaves without stating intent or complaining to the company: the target. */
  SILENT_CHURNER,
  /** Had a bad spell, then came back to positive. */
  RECOVERED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code loyal_happy|quiet_happy|loud_churner|silent_churner|recovered}. */
  public static CustomerOutcome fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
