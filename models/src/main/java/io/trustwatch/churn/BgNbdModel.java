package io.trustwatch.churn;

import java.io.Serializable;

/**
 * A fitted BG/NBD model: per-customer probability of still being active and expected number of
 * events in a future period (Fader, Hardie &amp; Lee 2005, eqs. 10 and 13). Time is in weeks.
 *
 * <p>Immutable and thread-safe: load once, share across Spark tasks.
 */
public final class BgNbdModel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Eq. 10 has a removable singularity at a = 1; within this distance it is evaluated either side. */
  private static final double SINGULARITY_STEP = 1e-4;

  private final BgNbdParameters parameters;

  public BgNbdModel(BgNbdParameters parameters) {
    this.parameters = parameters;
  }

  public BgNbdParameters parameters() {
    return parameters;
  }

  /**
   * P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)).
   * It is 1 for x = 0: in BG/NBD a customer can only drop out right after a repeat event.
   */
  public double pAlive(int x, double tx, double T) {
    if (x == 0) {
      return 1.0;
    }
    double r = parameters.r();
    double alpha = parameters.alpha();
    double logOdds = Math.log(parameters.a()) - Math.log(parameters.b() + x - 1)
        + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    return 1.0 / (1.0 + Math.exp(logOdds));
  }

  public double pAlive(CustomerHistory h) {
    return pAlive(h.frequency(), h.recency(), h.age());
  }

  /**
   * Expected number of events in (T, T + t] for a customer with history (x, t_x, T), eq. 10:
   * <pre>
   *   [(a+b+x-1)/(a-1)] [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]
   *   / [1 + [x&gt;0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)]
   * </pre>
   *
   * @param t horizon in weeks, &gt;= 0
   */
  public double expectedEvents(double t, int x, double tx, double T) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("horizon must be finite and >= 0, was " + t);
    }
    double a = parameters.a();
    if (Math.abs(a - 1) < SINGULARITY_STEP) {
      return 0.5 * (unconditionalOnAlive(t, x, T, 1 - SINGULARITY_STEP)
          + unconditionalOnAlive(t, x, T, 1 + SINGULARITY_STEP)) * pAlive(x, tx, T);
    }
    return unconditionalOnAlive(t, x, T, a) * pAlive(x, tx, T);
  }

  public double expectedEvents(double t, CustomerHistory h) {
    return expectedEvents(t, h.frequency(), h.recency(), h.age());
  }

  /**
   * The numerator of eq. 10 with a given a; the denominator is exactly 1 / P(alive).
   *
   * <p>With z = t/(alpha+T+t), (alpha+T)/(alpha+T+t) = 1 - z, and Euler's transformation
   * 2F1(A, B; C; z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z) turns the product in eq. 10 into
   * (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z). Computed directly, (1-z)^(r+x) underflows and the
   * 2F1 overflows for frequent posters (x in the hundreds); transformed, the upper parameters no
   * longer grow with x and the series converges in a few terms.
   */
  private double unconditionalOnAlive(double t, int x, double T, double a) {
    double r = parameters.r();
    double b = parameters.b();
    double z = t / (parameters.alpha() + T + t);
    double f = Hypergeometric2F1.value(a + b - 1 - r, a - 1, a + b + x - 1, z);
    return (a + b + x - 1) / (a - 1) * (1 - Math.pow(1 - z, a - 1) * f);
  }
}
