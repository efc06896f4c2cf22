package io.trustwatch.churn;

import java.io.Serializable;
import java.util.List;

/**
 * Churn risk of one customer at an as-of date.
 *
 * @param riskScore in [0, 1]; exactly the sum of the reasons' contributions
 * @param riskBand  band of the score under the scorer's thresholds
 * @param isSilent  no churn intent and no complaint addressed to the company in the look-back window
 * @param reasons   reasons ordered by contribution, largest first
 */
public record ChurnRisk(double riskScore, RiskBand riskBand, boolean isSilent, List<RiskReason> reasons)
    implements Serializable {

  public ChurnRisk {
    reasons = List.copyOf(reasons);
  }

  /** Reason labels in order, for an array column. */
  public List<String> reasonLabels() {
    return reasons.stream().map(RiskReason::label).toList();
  }
}
