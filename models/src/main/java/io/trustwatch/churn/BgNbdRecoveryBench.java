package io.trustwatch.churn;

import java.util.List;
import java.util.Locale;

/**
 * Reproducible figure: how well {@link BgNbdFitter} recovers known parameters from simulated data.
 * Simulates the paper's CDNOW parameters over a 39-week calibration period (12-week join window),
 * fits, and prints the relative error of each parameter per seed and their root-mean-square. The
 * column {@code ll_gain} is the log-likelihood of the fit minus that of the true parameters: when it
 * is &gt;= 0 the optimiser found a point at least as likely as the truth, so the remaining error is
 * sampling error of the maximum-likelihood estimate, not a failure to optimise. {@code err_Ep} is the
 * error of the mean drop-out probability a/(a+b), which is much better determined than a and b.
 *
 * <p>Usage: {@code BgNbdRecoveryBench [customers=5000] [seeds=10]}
 */
public final class BgNbdRecoveryBench {

  private BgNbdRecoveryBench() {}

  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    BgNbdParameters truth = BgNbdParameters.PAPER_CDNOW_WEEKS;
    BgNbdSimulator simulator = new BgNbdSimulator(truth, 39, 12, 0);
    BgNbdFitter fitter = new BgNbdFitter();
    double[] squared = new double[5];
    System.out.printf(Locale.ROOT, "truth r=%.3f alpha=%.3f a=%.3f b=%.3f; %d customers, 39 weeks%n",
        truth.r(), truth.alpha(), truth.a(), truth.b(), customers);
    System.out.println("seed\tr\talpha\ta\tb\terr_r\terr_alpha\terr_a\terr_b\terr_Ep\tll_gain\tms");
    for (int seed = 1; seed <= seeds; seed++) {
      List<CustomerHistory> histories = simulator.simulate(customers, seed).stream()
          .map(SimulatedCustomer::history).toList();
      long start = System.nanoTime();
      BgNbdFit fit = fitter.fit(histories);
      long ms = (System.nanoTime() - start) / 1_000_000;
      BgNbdParameters p = fit.parameters();
      double llGain = fit.logLikelihood()
          - new BgNbdLikelihood(HistoryCounts.of(histories)).meanLogLikelihood(truth) * histories.size();
      double[] err = {
          relative(p.r(), truth.r()), relative(p.alpha(), truth.alpha()),
          relative(p.a(), truth.a()), relative(p.b(), truth.b()),
          relative(meanDropout(p), meanDropout(truth))};
      for (int i = 0; i < err.length; i++) {
        squared[i] += err[i] * err[i];
      }
      System.out.printf(Locale.ROOT, "%d\t%.3f\t%.3f\t%.3f\t%.3f\t%+.3f\t%+.3f\t%+.3f\t%+.3f\t%+.3f\t%.2f\t%d%n",
          seed, p.r(), p.alpha(), p.a(), p.b(), err[0], err[1], err[2], err[3], err[4], llGain, ms);
    }
    System.out.printf(Locale.ROOT, "rms relative error: r=%.3f alpha=%.3f a=%.3f b=%.3f E[p]=%.3f%n",
        Math.sqrt(squared[0] / seeds), Math.sqrt(squared[1] / seeds),
        Math.sqrt(squared[2] / seeds), Math.sqrt(squared[3] / seeds), Math.sqrt(squared[4] / seeds));
  }

  private static double meanDropout(BgNbdParameters p) {
    return p.a() / (p.a() + p.b());
  }

  private static double relative(double estimate, double truth) {
    return (estimate - truth) / truth;
  }
}
