package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

  private final BgNbdFitter fitter = new BgNbdFitter();

  /**
   * Tolerances come from BgNbdRecoveryBench (30 seeds, 5000 customers): rms relative error was
   * 4% (r), 6% (alpha), 17% (a), 23% (b); a and b are weakly identified because most customers
   * have x = 0 and say nothing about drop-out; their errors move together along a ridge on which the
   * mean drop-out probability a/(a+b) is well determined (rms 6%). Allowed: 15%, 15%, 45%, 60%
   * (about 2.5 rms for a, b; worst of 30 seeds was 31% and 43%), and 15% on a/(a+b).
   */
  @Test
  void recoversThePaperParametersFromSimulatedData() {
    BgNbdParameters truth = BgNbdParameters.PAPER_CDNOW_WEEKS;
    List<CustomerHistory> histories = histories(truth, 5000, 42L);

    BgNbdFit fit = fitter.fit(histories);

    assertFalse(fit.usedFallback(), fit.note());
    BgNbdParameters p = fit.parameters();
    assertRelative(truth.r(), p.r(), 0.15, "r");
    assertRelative(truth.alpha(), p.alpha(), 0.15, "alpha");
    assertRelative(truth.a(), p.a(), 0.45, "a");
    assertRelative(truth.b(), p.b(), 0.60, "b");
    assertRelative(truth.a() / (truth.a() + truth.b()), p.a() / (p.a() + p.b()), 0.15, "mean drop-out");
    assertOptimiserBeatsTheTruth(histories, fit, truth);
  }

  @Test
  void recoversAFrequentPosterPopulation() {
    // Far from every starting point: rate ~0.3/week, drop-out probability mean 0.2.
    BgNbdParameters truth = new BgNbdParameters(2.0, 6.0, 1.5, 6.0);
    List<CustomerHistory> histories = histories(truth, 3000, 7L);

    BgNbdFit fit = fitter.fit(histories);

    BgNbdParameters p = fit.parameters();
    assertRelative(truth.r(), p.r(), 0.25, "r");
    assertRelative(truth.alpha(), p.alpha(), 0.25, "alpha");
    assertRelative(truth.a() / (truth.a() + truth.b()), p.a() / (p.a() + p.b()), 0.20, "mean drop-out");
    assertOptimiserBeatsTheTruth(histories, fit, truth);
  }

  @Test
  void aFitOnTheSearchBoundIsFlaggedAsDegenerate() {
    // Beta(20000, 80000) is practically a point mass at p = 0.2. The likelihood is then flat in the
    // spread of p: depending on the sample the maximum is at a, b of a few dozen or on the bound.
    BgNbdParameters truth = new BgNbdParameters(0.5, 5.0, 20_000, 80_000);
    int warned = 0;
    for (long seed = 5; seed <= 8; seed++) {
      BgNbdFit fit = fitter.fit(histories(truth, 3000, seed));
      BgNbdParameters p = fit.parameters();
      boolean onBound = Math.max(p.a(), p.b()) > Math.exp(11);
      assertEquals(onBound, fit.note().contains("search bound"), fit.note());
      warned += onBound ? 1 : 0;
      assertRelative(0.2, p.a() / (p.a() + p.b()), 0.20, "mean drop-out");
    }
    assertTrue(warned > 0, "no sample reached the bound; the warning went untested");
  }

  @Test
  void aRegularFitCarriesNoWarning() {
    BgNbdFit fit = fitter.fit(histories(BgNbdParameters.PAPER_CDNOW_WEEKS, 2000, 9L));
    assertFalse(fit.note().contains("WARNING"), fit.note());
  }

  @Test
  void fitIsDeterministicAndOrderIndependent() {
    List<CustomerHistory> histories = new ArrayList<>(histories(BgNbdParameters.PAPER_CDNOW_WEEKS, 800, 3L));
    BgNbdParameters first = fitter.fit(histories).parameters();
    Collections.reverse(histories);
    assertEquals(first, fitter.fit(histories).parameters());
  }

  @Test
  void historiesCountedOnceWithTheirCustomersFitAsOneHistoryPerCustomer() {
    // Histories on whole days, as posting days give them, so customers share them.
    Random random = new Random(4);
    List<CustomerHistory> histories = new ArrayList<>();
    for (int c = 0; c < 2000; c++) {
      int days = 1 + random.nextInt(4);
      int span = days == 1 ? 0 : 7 * (1 + random.nextInt(9));
      histories.add(CustomerHistory.fromDayCounts(days, span, span + 7 * random.nextInt(18)));
    }
    HistoryCounts counted = new HistoryCounts();
    histories.stream().collect(Collectors.groupingBy(h -> h, Collectors.counting())).forEach(counted::add);

    BgNbdFit fit = fitter.fit(counted);

    assertEquals(2000, counted.customers());
    assertTrue(counted.distinct() < 2000, "the sample has shared histories: " + counted.distinct());
    assertEquals(fitter.fit(histories).parameters(), fit.parameters());
    assertEquals(2000, fit.customers());
    assertTrue(fit.note().contains("(" + counted.distinct() + " distinct histories)"), fit.note());
  }

  @Test
  void aHistoryIsCountedForAtLeastOneCustomer() {
    HistoryCounts counts = new HistoryCounts();
    assertThrows(IllegalArgumentException.class, () -> counts.add(new CustomerHistory(1, 2, 5), 0));
  }

  @Test
  void tooFewCustomersFallsBackWithAFlag() {
    List<CustomerHistory> histories = histories(BgNbdParameters.PAPER_CDNOW_WEEKS, 19, 1L);
    BgNbdFit fit = fitter.fit(histories);
    assertTrue(fit.usedFallback());
    assertEquals(BgNbdParameters.PAPER_CDNOW_WEEKS, fit.parameters());
    assertTrue(fit.note().contains("too few customers"), fit.note());
  }

  @Test
  void noRepeatEventsFallsBackWithAFlag() {
    List<CustomerHistory> histories = Collections.nCopies(100, new CustomerHistory(0, 0, 20));
    BgNbdFit fit = fitter.fit(histories);
    assertTrue(fit.usedFallback());
    assertTrue(fit.note().contains("no repeat events"), fit.note());
  }

  private static List<CustomerHistory> histories(BgNbdParameters truth, int n, long seed) {
    return new BgNbdSimulator(truth, 39, 12, 0).simulate(n, seed).stream()
        .map(SimulatedCustomer::history).toList();
  }

  /** The maximum-likelihood point must be at least as likely as the parameters that made the data. */
  private static void assertOptimiserBeatsTheTruth(
      List<CustomerHistory> histories, BgNbdFit fit, BgNbdParameters truth) {
    double atTruth = new BgNbdLikelihood(HistoryCounts.of(histories)).meanLogLikelihood(truth) * histories.size();
    assertTrue(fit.logLikelihood() >= atTruth - 1e-6,
        "fit LL " + fit.logLikelihood() + " below LL at truth " + atTruth);
  }

  private static void assertRelative(double expected, double actual, double tolerance, String name) {
    double error = Math.abs(actual - expected) / expected;
    assertTrue(error <= tolerance, name + ": expected " + expected + " got " + actual
        + " (relative error " + error + " > " + tolerance + ")");
  }
}
