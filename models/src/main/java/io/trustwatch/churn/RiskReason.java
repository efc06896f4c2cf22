package io.trustwatch.churn;

import java.io.Serializable;

/**
 * One reason behind a churn-risk score and the share of the score it accounts for.
 *
 * @param code         stable reason code, e.g. {@code gone_quiet}
 * @param value        the evidence, e.g. {@code 5.2x_usual_gap}
 * @param contribution points of risk score this reason adds, in [0, 1]
 */
public record RiskReason(String code, String value, double contribution) implements Serializable {

  /** Human-readable form written to tables, e.g. {@code gone_quiet:5.2x_usual_gap}. */
  public String label() {
    return code + ":" + value;
  }
}
