package io.trustwatch.churn;

/**
 * When a churn run for an as-of date that was already scored may keep the BG/NBD parameters
 * fitted then and re-score only the customers whose posts changed, instead of refitting on
 * everyone and re-scoring everyone.
 *
 * <p>The fit is a population summary: each customer adds one term to the mean log-likelihood, so
 * changing a share s of the histories moves the maximum by O(s). Kept parameters are therefore a
 * choice: the rows are then not bit-identical to a clean run's on the same data, but within the
 * tolerance measured in docs/churn-risk.md, and every re-run of the same as-of gives the same rows
 * (the parameters are reused exactly). The share is counted against the fit, not the previous run,
 * so many small increments add up and eventually force a refit.
 *
 * @param maxChangedShare refit when more than this share of the customers the fit saw (new
 *                        customers included) have had a post added or changed since; 0 always refits
 */
public record BgNbdRefitPolicy(double maxChangedShare) {

  /** What the pipeline uses: a tenth of the fitted population. */
  public static final BgNbdRefitPolicy SHIPPED = new BgNbdRefitPolicy(0.10);

  public BgNbdRefitPolicy {
    if (!(maxChangedShare >= 0 && maxChangedShare <= 1)) {
      throw new IllegalArgumentException("maxChangedShare must be in [0, 1], was " + maxChangedShare);
    }
  }

  /**
   * @param fittedCustomers  customers the kept fit was made on
   * @param changedCustomers customers with a post added or changed since that fit
   */
  public boolean keepsFit(long fittedCustomers, long changedCustomers) {
    return changedCustomers <= maxChangedShare * fittedCustomers;
  }
}
