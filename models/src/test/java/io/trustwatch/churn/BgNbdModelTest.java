package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

  private final BgNbdParameters truth = BgNbdParameters.PAPER_CDNOW_WEEKS;
  private final BgNbdModel model = new BgNbdModel(truth);

  @Test
  void customerWithoutRepeatEventsIsAlive() {
    assertEquals(1.0, model.pAlive(0, 0, 39));
    assertEquals(1.0, model.pAlive(0, 0, 500));
  }

  @Test
  void longerSilenceLowersPAlive() {
    double previous = 1.0;
    for (double age = 10; age <= 100; age += 10) {
      double p = model.pAlive(4, 10, age);
      assertTrue(p < previous, "age " + age + ": " + p + " !< " + previous);
      previous = p;
    }
    assertEquals(model.pAlive(4, 10, 10), 1 / (1 + truth.a() / (truth.b() + 3)), 1e-12);
  }

  @Test
  void moreEventsBeforeTheSameSilenceLowerPAlive() {
    // Someone who used to post often and has gone quiet for 20 weeks is more likely gone.
    assertTrue(model.pAlive(10, 19, 39) < model.pAlive(2, 19, 39));
  }

  @Test
  void pAliveIsCalibratedOnSimulatedCustomers() {
    List<SimulatedCustomer> customers = new BgNbdSimulator(truth, 39, 12, 0).simulate(20_000, 11L);
    double expectedAlive = customers.stream().mapToDouble(c -> model.pAlive(c.history())).sum();
    long actuallyAlive = customers.stream().filter(SimulatedCustomer::aliveAtEnd).count();
    assertEquals(actuallyAlive, expectedAlive, 0.02 * actuallyAlive);
  }

  @Test
  void expectedEventsPredictTheHoldoutOfSimulatedCustomers() {
    List<SimulatedCustomer> customers = new BgNbdSimulator(truth, 39, 12, 39).simulate(20_000, 12L);
    double predicted = customers.stream().mapToDouble(c -> model.expectedEvents(39, c.history())).sum();
    long actual = customers.stream().mapToLong(SimulatedCustomer::holdoutEvents).sum();
    assertEquals(actual, predicted, 0.05 * actual);
  }

  @Test
  void expectedEventsGrowWithTheHorizonAndStartAtZero() {
    assertEquals(0.0, model.expectedEvents(0, 3, 20, 39), 1e-12);
    double previous = 0;
    for (double t = 4; t <= 104; t += 10) {
      double e = model.expectedEvents(t, 3, 20, 39);
      assertTrue(e > previous);
      previous = e;
    }
  }

  @Test
  void transformedSeriesEqualsEquationTenAsPrinted() {
    double r = truth.r();
    double alpha = truth.alpha();
    double a = truth.a();
    double b = truth.b();
    int[] xs = {0, 1, 5, 20};
    for (int x : xs) {
      double tx = x == 0 ? 0 : 30;
      double T = 39;
      double t = 52;
      double printed = (a + b + x - 1) / (a - 1)
          * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x)
              * Hypergeometric2F1.value(r + x, b + x, a + b + x - 1, t / (alpha + T + t)))
          * model.pAlive(x, tx, T);
      assertEquals(printed, model.expectedEvents(t, x, tx, T), 1e-9 * printed, "x=" + x);
    }
  }

  @Test
  void frequentPosterOverALongHorizonStaysFinite() {
    // Printed form would need (1-z)^(r+x) ~ 1e-600 times a 2F1 ~ 1e+600.
    int x = 2000;
    double T = 150;
    double t = 300;
    double e = model.expectedEvents(t, x, T - 1, T);
    double noDropoutBound = (truth.r() + x) / (truth.alpha() + T) * t * model.pAlive(x, T - 1, T);
    assertTrue(Double.isFinite(e) && e > 0 && e <= noDropoutBound, e + " vs bound " + noDropoutBound);
  }

  @Test
  void removableSingularityAtAEqualsOneIsContinuous() {
    BgNbdModel atOne = new BgNbdModel(new BgNbdParameters(0.5, 5, 1.0, 3));
    BgNbdModel nearOne = new BgNbdModel(new BgNbdParameters(0.5, 5, 1.01, 3));
    double e = atOne.expectedEvents(20, 2, 10, 30);
    assertTrue(Double.isFinite(e) && e > 0);
    assertEquals(nearOne.expectedEvents(20, 2, 10, 30), e, 0.02 * e);
  }
}
