package io.trustwatch.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood fit of the BG/NBD parameters with Commons Math's Nelder-Mead simplex.
 *
 * <p>The search runs over the logarithms of (r, alpha, a, b) so every point it visits is a valid
 * parameter set. Nelder-Mead finds local optima and can stall on the flat ridge of (a, b), so it
 * is started from several deterministic points derived from the data, and the best result is
 * polished by one restart from itself (a fresh simplex escapes a collapsed one). Deterministic:
 * same histories, in any order, same parameters.
 *
 * <p>Thread-safe: holds only configuration.
 */
public final class BgNbdFitter {

  /** Below this many customers the four parameters are not identifiable in practice. */
  public static final int DEFAULT_MIN_CUSTOMERS = 20;

  /** Log-parameters are kept within [-LOG_BOUND, LOG_BOUND], i.e. each parameter in [6e-6, 1.6e5]. */
  private static final double LOG_BOUND = 12;
  private static final int MAX_EVALUATIONS_PER_START = 20_000;
  private static final double RELATIVE_TOLERANCE = 1e-12;
  private static final double ABSOLUTE_TOLERANCE = 1e-10;
  private static final double INITIAL_SIMPLEX_SIDE = 0.5;

  private final int minCustomers;
  private final BgNbdParameters fallback;

  public BgNbdFitter() {
    this(DEFAULT_MIN_CUSTOMERS, BgNbdParameters.PAPER_CDNOW_WEEKS);
  }

  /**
   * @param minCustomers fewer histories than this return the fallback
   * @param fallback     parameters returned (flagged) when the data cannot support a fit
   */
  public BgNbdFitter(int minCustomers, BgNbdParameters fallback) {
    if (minCustomers < 1) {
      throw new IllegalArgumentException("minCustomers must be >= 1");
    }
    this.minCustomers = minCustomers;
    this.fallback = fallback;
  }

  /** Fits the parameters on one history per customer; see {@link #fit(HistoryCounts)}. */
  public BgNbdFit fit(List<CustomerHistory> histories) {
    return fit(HistoryCounts.of(histories));
  }

  /**
   * Fits the parameters; never throws on thin data but returns the fallback with
   * {@link BgNbdFit#usedFallback()} set and the reason in {@link BgNbdFit#note()}.
   */
  public BgNbdFit fit(HistoryCounts histories) {
    int n = Math.toIntExact(histories.customers());
    if (n < minCustomers) {
      return fallback(n, "too few customers: " + n + " < " + minCustomers);
    }
    long repeatEvents = histories.repeatEvents();
    if (repeatEvents == 0) {
      return fallback(n, "no repeat events: posting rate and drop-out cannot be told apart");
    }
    BgNbdLikelihood likelihood = new BgNbdLikelihood(histories);
    ObjectiveFunction objective = new ObjectiveFunction(logParams -> {
      for (double v : logParams) {
        if (!(Math.abs(v) <= LOG_BOUND)) {
          return Double.POSITIVE_INFINITY;
        }
      }
      double ll = likelihood.meanLogLikelihood(fromLog(logParams));
      return Double.isNaN(ll) ? Double.POSITIVE_INFINITY : -ll;
    });

    PointValuePair best = null;
    int bestStart = -1;
    List<double[]> starts = startingPoints(histories);
    for (int s = 0; s < starts.size(); s++) {
      PointValuePair result = minimise(objective, starts.get(s));
      if (result != null && (best == null || result.getValue() < best.getValue())) {
        best = result;
        bestStart = s;
      }
    }
    if (best == null || !Double.isFinite(best.getValue())) {
      return fallback(n, "optimiser did not converge from any of " + starts.size() + " starts");
    }
    PointValuePair polished = minimise(objective, best.getPoint());
    if (polished != null && polished.getValue() <= best.getValue()) {
      best = polished;
    }
    BgNbdParameters p = fromLog(best.getPoint());
    String note = String.format(Locale.ROOT,
        "fitted on %d customers (%d distinct histories); best of %d starts was #%d%s",
        n, histories.distinct(), starts.size(), bestStart, boundWarning(best.getPoint()));
    return new BgNbdFit(p, -best.getValue() * n, n, false, note);
  }

  /**
   * A parameter pushed to the search bound is a degenerate maximum, usually a and b both huge:
   * the data show no spread in drop-out probability, so Beta(a, b) collapses onto its mean
   * a/(a+b). P(alive) is still usable (a/(b+x-1) is then about p/(1-p)); the note says so.
   */
  private static String boundWarning(double[] logParams) {
    String[] names = {"r", "alpha", "a", "b"};
    StringBuilder atBound = new StringBuilder();
    for (int i = 0; i < logParams.length; i++) {
      if (Math.abs(logParams[i]) > LOG_BOUND - 1) {
        atBound.append(atBound.length() == 0 ? "" : ", ").append(names[i]);
      }
    }
    return atBound.length() == 0 ? ""
        : "; WARNING " + atBound + " at the search bound: a degenerate fit, e.g. one drop-out probability for all";
  }

  private BgNbdFit fallback(int n, String reason) {
    return new BgNbdFit(fallback, Double.NaN, n, true, "fallback parameters used: " + reason);
  }

  private static PointValuePair minimise(ObjectiveFunction objective, double[] start) {
    SimplexOptimizer optimizer = new SimplexOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
    try {
      return optimizer.optimize(
          new MaxEval(MAX_EVALUATIONS_PER_START),
          objective,
          GoalType.MINIMIZE,
          new InitialGuess(start),
          new NelderMeadSimplex(start.length, INITIAL_SIMPLEX_SIDE));
    } catch (TooManyEvaluationsException e) {
      return null;
    }
  }

  /**
   * Starting points: r in {0.25, 1}, alpha chosen so that r/alpha matches the observed mean event
   * rate, and (a, b) in {(0.5, 2), (1, 5)} — few drop-outs early versus many; four starts in all.
   */
  private static List<double[]> startingPoints(HistoryCounts histories) {
    double meanFrequency = (double) histories.repeatEvents() / histories.customers();
    double meanAge = histories.meanAge();
    double rate = Math.max(meanFrequency, 1e-3) / Math.max(meanAge, 1e-3);
    List<double[]> starts = new ArrayList<>();
    for (double r : new double[] {0.25, 1.0}) {
      for (double[] ab : new double[][] {{0.5, 2.0}, {1.0, 5.0}}) {
        double alpha = Math.min(Math.max(r / rate, 1e-3), 1e4);
        starts.add(new double[] {Math.log(r), Math.log(alpha), Math.log(ab[0]), Math.log(ab[1])});
      }
    }
    return starts;
  }

  private static BgNbdParameters fromLog(double[] logParams) {
    return new BgNbdParameters(
        Math.exp(logParams[0]), Math.exp(logParams[1]), Math.exp(logParams[2]), Math.exp(logParams[3]));
  }
}
