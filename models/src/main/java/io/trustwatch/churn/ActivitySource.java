package io.trustwatch.churn;

import java.util.Locale;

/**
 * Which days a customer's activity was measured on, for P(alive) and silence: the days they posted,
 * or the days they appear in an activity table (orders, logins, visits) when one is given. The
 * lower-case code is written to {@code gold.churn_risk.activity_source}.
 */
public enum ActivitySource {
  POSTS,
  ACTIVITY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
