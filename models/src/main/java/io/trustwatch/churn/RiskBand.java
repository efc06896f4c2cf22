package io.trustwatch.churn;

import java.util.Locale;

/** Coarse churn-risk level for managers; thresholds live in {@link ChurnRiskConfig}. */
public enum RiskBand {
  HIGH, MEDIUM, LOW;

  /** The value written to tables: {@code high|medium|low}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
