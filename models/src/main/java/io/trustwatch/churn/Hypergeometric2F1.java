package io.trustwatch.churn;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 &lt;= z &lt; 1, by its power series
 * sum_k (a)_k (b)_k / ((c)_k k!) z^k. BG/NBD only needs it at z = t / (alpha + T + t), which is
 * below 1 for any finite horizon t.
 *
 * <p>Convergence check: once k is past every pole and sign change of the term ratio
 * rho_k = (a+k)(b+k) z / ((c+k)(k+1)), the ratio moves monotonically towards z, so the rest of the
 * series is bounded by |next term| / (1 - max(rho_k, z)). Summation stops when that bound falls
 * below a relative 1e-14 of the sum; it throws if that has not happened after
 * {@link #MAX_TERMS} terms (z very close to 1, i.e. a horizon far longer than the history).
 */
final class Hypergeometric2F1 {

  static final int MAX_TERMS = 1_000_000;
  private static final double RELATIVE_TOLERANCE = 1e-14;

  private Hypergeometric2F1() {}

  static double value(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("series needs 0 <= z < 1, was " + z);
    }
    if (c <= 0 && c == Math.rint(c)) {
      throw new IllegalArgumentException("2F1 undefined for c a non-positive integer, was " + c);
    }
    double monotoneFrom = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c))) + 1;
    double term = 1;
    double sum = 1;
    for (int k = 0; k < MAX_TERMS; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      term *= ratio;
      sum += term;
      if (term == 0) {
        return sum; // a or b is a non-positive integer: the series is a polynomial
      }
      if (k >= monotoneFrom) {
        double tailRatio = Math.max(Math.abs(ratio), z);
        if (tailRatio < 1 && Math.abs(term) * tailRatio / (1 - tailRatio) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
          return sum;
        }
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge in " + MAX_TERMS + " terms");
  }
}
