package io.trustwatch.churn;

import java.io.Serializable;

/**
 * The four population parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005). Time is in
 * <b>weeks</b> throughout the churn package, so {@code alpha} is in weeks and {@code r/alpha} is the
 * mean posting rate per week of a customer who is still active.
 *
 * @param r     shape of the gamma distribution of the posting rate lambda
 * @param alpha scale (in weeks) of that gamma distribution: lambda ~ Gamma(shape r, rate alpha)
 * @param a     first shape of the beta distribution of the drop-out probability p
 * @param b     second shape of that beta distribution
 */
public record BgNbdParameters(double r, double alpha, double a, double b)
    implements Serializable {

  /**
   * The paper's maximum-likelihood fit to the CDNOW purchase data (weeks). It is the documented
   * fallback when there is too little data to fit: a purchase pattern, not a posting pattern, so
   * any {@link BgNbdFit} that uses it says so.
   */
  public static final BgNbdParameters PAPER_CDNOW_WEEKS = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  public BgNbdParameters {
    requirePositive("r", r);
    requirePositive("alpha", alpha);
    requirePositive("a", a);
    requirePositive("b", b);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
  }
}
