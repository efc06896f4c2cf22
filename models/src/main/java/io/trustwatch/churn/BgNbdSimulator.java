package io.trustwatch.churn;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws customers from the BG/NBD generative story, for recovery tests and benchmarks.
 *
 * <p>Each customer gets lambda ~ Gamma(shape r, rate alpha) and p ~ Beta(a, b), makes a first
 * event at time 0, then events at Poisson(lambda) times; right after each repeat event they drop
 * out with probability p. Customers join uniformly over the first {@code joinWindow} weeks of a
 * {@code calibration}-week period (as in the paper's CDNOW cohort: 12-week join window, 39-week
 * calibration), so ages T vary in [calibration - joinWindow, calibration]. Deterministic per seed.
 */
public final class BgNbdSimulator {

  private final BgNbdParameters parameters;
  private final double calibrationWeeks;
  private final double joinWindowWeeks;
  private final double holdoutWeeks;

  public BgNbdSimulator(
      BgNbdParameters parameters, double calibrationWeeks, double joinWindowWeeks, double holdoutWeeks) {
    if (!(joinWindowWeeks >= 0 && joinWindowWeeks < calibrationWeeks && holdoutWeeks >= 0)) {
      throw new IllegalArgumentException("need 0 <= joinWindow < calibration and holdout >= 0");
    }
    this.parameters = parameters;
    this.calibrationWeeks = calibrationWeeks;
    this.joinWindowWeeks = joinWindowWeeks;
    this.holdoutWeeks = holdoutWeeks;
  }

  public List<SimulatedCustomer> simulate(int customers, long seed) {
    RandomGenerator rng = new Well19937c(seed);
    GammaDistribution rates = new GammaDistribution(rng, parameters.r(), 1.0 / parameters.alpha());
    BetaDistribution dropouts = new BetaDistribution(rng, parameters.a(), parameters.b());
    List<SimulatedCustomer> out = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double age = calibrationWeeks - joinWindowWeeks * rng.nextDouble();
      out.add(simulateOne(rates.sample(), dropouts.sample(), age, rng));
    }
    return out;
  }

  private SimulatedCustomer simulateOne(double lambda, double p, double age, RandomGenerator rng) {
    double end = age + holdoutWeeks;
    double t = 0;
    int x = 0;
    double tx = 0;
    int holdout = 0;
    boolean alive = true;
    boolean aliveAtCalibrationEnd = true;
    while (alive) {
      t += -Math.log(1 - rng.nextDouble()) / lambda;
      if (t > end) {
        break;
      }
      if (t <= age) {
        x++;
        tx = t;
      } else {
        holdout++;
      }
      alive = rng.nextDouble() >= p;
      if (!alive && t <= age) {
        aliveAtCalibrationEnd = false;
      }
    }
    return new SimulatedCustomer(new CustomerHistory(x, tx, age), aliveAtCalibrationEnd, holdout);
  }
}
