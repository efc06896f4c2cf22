package io.trustwatch.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Learns {@link RiskWeights} on simulated customers with known outcomes: the weights that maximise the
 * average precision (PR-AUC) of the silent-churn alert ranking ({@link LabelledRisk#asSilentAlertScore()}),
 * each in [0, 1], so the score stays an additive sum of explained, bounded reasons.
 *
 * <p>Average precision is a step function of the weights (it changes only when two customers swap
 * places), so a gradient method sees a flat surface; CMA-ES (Commons Math) samples around the current
 * best and needs no gradient. It starts from the given configuration's weights with a fixed random
 * seed, so a fit is reproducible. Fit on one simulation and check on another seed: the fitted weights
 * are tuned to the simulation's personas.
 */
public final class RiskWeightFitter {

  /**
   * @param weights                  the fitted weights
   * @param averagePrecisionBefore   PR-AUC of the alert with the starting weights
   * @param averagePrecisionAfter    PR-AUC with the fitted weights, on the same customers
   * @param evaluations              objective evaluations the search used
   */
  public record Fit(RiskWeights weights, double averagePrecisionBefore, double averagePrecisionAfter,
      int evaluations) {}

  /** Enough for the 12 weights to settle on a few thousand customers (about a minute on one core). */
  public static final int DEFAULT_MAX_EVALUATIONS = 4000;
  private static final double INITIAL_STEP = 0.1;

  private final long seed;
  private final int maxEvaluations;

  public RiskWeightFitter() {
    this(1L, DEFAULT_MAX_EVALUATIONS);
  }

  public RiskWeightFitter(long seed, int maxEvaluations) {
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("maxEvaluations must be >= 1");
    }
    this.seed = seed;
    this.maxEvaluations = maxEvaluations;
  }

  /**
   * @param start scoring configuration to start from; its saturation points and intent weight are kept
   * @throws IllegalArgumentException when no customer is a silent churner (nothing to rank for)
   */
  public Fit fit(List<LabelledSignals> customers, ChurnRiskConfig start) {
    if (customers.stream().noneMatch(c -> c.outcome() == CustomerOutcome.SILENT_CHURNER)) {
      throw new IllegalArgumentException("fitting weights needs at least one silent churner");
    }
    List<String> themeCodes = new ArrayList<>(new TreeMap<>(start.trustThemeWeights()).keySet());
    double[] initial = vector(RiskWeights.of(start), themeCodes);
    double[] lower = new double[initial.length];
    double[] upper = new double[initial.length];
    Arrays.fill(upper, 1.0);
    double[] step = new double[initial.length];
    Arrays.fill(step, INITIAL_STEP);
    // The usual population for this many dimensions, 4 + 3 ln(n).
    int population = 4 + (int) (3 * Math.log(initial.length));
    // Generations are bounded so the evaluation budget is never exceeded (which would throw away the
    // best point); a stop fitness of 0 switches that criterion off (AP is never below 0).
    int generations = Math.max(1, maxEvaluations / population - 1);
    CMAESOptimizer optimizer = new CMAESOptimizer(generations, 0, true, 0, 0, new MersenneTwister(seed), false, null);
    PointValuePair best;
    try {
      best = optimizer.optimize(
          new MaxEval(maxEvaluations + 2 * population),
          new ObjectiveFunction(w -> averagePrecision(customers, weights(w, themeCodes).applyTo(start))),
          GoalType.MAXIMIZE,
          new InitialGuess(initial),
          new SimpleBounds(lower, upper),
          new CMAESOptimizer.Sigma(step),
          new CMAESOptimizer.PopulationSize(population));
    } catch (TooManyEvaluationsException e) {
      throw new IllegalStateException("CMA-ES ran out of evaluations without returning its best point", e);
    }
    double before = averagePrecision(customers, start);
    // The search can only end worse than its start on a flat surface; keep the start then.
    boolean improved = best.getValue() > before;
    RiskWeights fitted = improved ? weights(best.getPoint(), themeCodes) : RiskWeights.of(start);
    return new Fit(fitted, before, improved ? best.getValue() : before, optimizer.getEvaluations());
  }

  /** PR-AUC of the silent-churn alert when every customer is scored with {@code config}. */
  public static double averagePrecision(List<LabelledSignals> customers, ChurnRiskConfig config) {
    ChurnRiskScorer scorer = new ChurnRiskScorer(config);
    List<LabelledScore> scores = new ArrayList<>(customers.size());
    for (LabelledSignals c : customers) {
      scores.add(c.scoredBy(scorer).asSilentAlertScore());
    }
    return new PrecisionRecallCurve(scores).averagePrecision();
  }

  private static double[] vector(RiskWeights w, List<String> themeCodes) {
    double[] v = new double[5 + themeCodes.size()];
    v[0] = w.negativeTone();
    v[1] = w.sentimentDrop();
    v[2] = w.goneQuiet();
    v[3] = w.lowPAlive();
    v[4] = w.trustBreachCap();
    for (int i = 0; i < themeCodes.size(); i++) {
      v[5 + i] = w.themes().get(themeCodes.get(i));
    }
    return v;
  }

  private static RiskWeights weights(double[] v, List<String> themeCodes) {
    Map<String, Double> themes = new TreeMap<>();
    for (int i = 0; i < themeCodes.size(); i++) {
      themes.put(themeCodes.get(i), clip(v[5 + i]));
    }
    return new RiskWeights(clip(v[0]), clip(v[1]), clip(v[2]), clip(v[3]), clip(v[4]), themes);
  }

  /** CMA-ES keeps candidates inside the bounds; this only guards against rounding past them. */
  private static double clip(double w) {
    return Math.max(0, Math.min(1, w));
  }
}
