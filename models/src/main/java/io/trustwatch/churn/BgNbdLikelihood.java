package io.trustwatch.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of a set of customer histories (Fader, Hardie &amp; Lee 2005, eq. 6).
 *
 * <p>Identical histories come merged with a weight ({@link HistoryCounts}) and the gamma-function
 * terms, which depend only on x, are computed once per distinct x; this keeps one evaluation linear
 * in the number of <em>distinct</em> histories, which matters because the optimiser evaluates it
 * thousands of times.
 */
final class BgNbdLikelihood {

  private final int[] frequencies;
  private final double[] recencies;
  private final double[] ages;
  private final double[] weights;
  /** Index of each history's x in {@link #distinctFrequencies}. */
  private final int[] frequencyIndex;
  private final int[] distinctFrequencies;
  private final double totalWeight;

  BgNbdLikelihood(HistoryCounts histories) {
    Map<CustomerHistory, Long> counts = histories.byHistory();
    int n = counts.size();
    frequencies = new int[n];
    recencies = new double[n];
    ages = new double[n];
    weights = new double[n];
    frequencyIndex = new int[n];
    List<Integer> distinct = new ArrayList<>();
    int i = 0;
    for (Map.Entry<CustomerHistory, Long> e : counts.entrySet()) {
      CustomerHistory h = e.getKey();
      frequencies[i] = h.frequency();
      recencies[i] = h.recency();
      ages[i] = h.age();
      weights[i] = e.getValue();
      // Histories come sorted by x, so a new x is always the last one seen.
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != h.frequency()) {
        distinct.add(h.frequency());
      }
      frequencyIndex[i] = distinct.size() - 1;
      i++;
    }
    distinctFrequencies = distinct.stream().mapToInt(Integer::intValue).toArray();
    totalWeight = histories.customers();
  }

  /** Mean log-likelihood per customer; the mean keeps optimiser tolerances independent of n. */
  double meanLogLikelihood(BgNbdParameters p) {
    double r = p.r();
    double alpha = p.alpha();
    double a = p.a();
    double b = p.b();
    double logAlpha = Math.log(alpha);
    double logA = Math.log(a);
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAb = Gamma.logGamma(a + b);

    // Terms that depend on x only: ln[Gamma(r+x) alpha^r / Gamma(r)] + ln[B(a, b+x) / B(a, b)],
    // and ln[a / (b+x-1)] for the "dropped out after the last event" branch.
    double[] constant = new double[distinctFrequencies.length];
    double[] dropTerm = new double[distinctFrequencies.length];
    for (int k = 0; k < distinctFrequencies.length; k++) {
      int x = distinctFrequencies[k];
      constant[k] = Gamma.logGamma(r + x) - lgR + r * logAlpha
          + lgAb + Gamma.logGamma(b + x) - lgB - Gamma.logGamma(a + b + x);
      dropTerm[k] = x > 0 ? logA - Math.log(b + x - 1) : Double.NEGATIVE_INFINITY;
    }

    double sum = 0;
    for (int i = 0; i < frequencies.length; i++) {
      int k = frequencyIndex[i];
      double rx = r + frequencies[i];
      double stillActive = -rx * Math.log(alpha + ages[i]);
      double logLik;
      if (frequencies[i] > 0) {
        double droppedOut = dropTerm[k] - rx * Math.log(alpha + recencies[i]);
        logLik = logSumExp(stillActive, droppedOut);
      } else {
        logLik = stillActive;
      }
      sum += weights[i] * (constant[k] + logLik);
    }
    return sum / totalWeight;
  }

  private static double logSumExp(double u, double v) {
    double max = Math.max(u, v);
    return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
  }
}
