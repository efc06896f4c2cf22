package io.trustwatch.churn;

/**
 * Outcome of {@link BgNbdFitter#fit}: the parameters to use and how they were obtained.
 *
 * @param parameters    fitted parameters, or the fallback when {@code usedFallback}
 * @param logLikelihood total log-likelihood of the data at {@code parameters} (NaN when not fitted)
 * @param customers     number of histories offered to the fitter
 * @param usedFallback  true when the data could not support a fit and the fallback was returned
 * @param note          why the fallback was used, or which start won; for run logs
 */
public record BgNbdFit(
    BgNbdParameters parameters, double logLikelihood, int customers, boolean usedFallback, String note) {

  public BgNbdModel model() {
    return new BgNbdModel(parameters);
  }
}
