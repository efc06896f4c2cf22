package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Hypergeometric2F1Test {

  @Test
  void matchesClosedForms() {
    for (double z : new double[] {0, 0.1, 0.5, 0.9, 0.99}) {
      // 2F1(1, 1; 2; z) = -ln(1 - z) / z
      double log = z == 0 ? 1 : -Math.log1p(-z) / z;
      assertEquals(log, Hypergeometric2F1.value(1, 1, 2, z), 1e-12 * log, "z=" + z);
      // 2F1(a, b; b; z) = (1 - z)^-a
      double power = Math.pow(1 - z, -0.7);
      assertEquals(power, Hypergeometric2F1.value(0.7, 3.2, 3.2, z), 1e-12 * power, "z=" + z);
    }
  }

  @Test
  void polynomialCaseTerminates() {
    // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
    double b = 1.5;
    double c = 2.5;
    double z = 0.4;
    double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
    assertEquals(expected, Hypergeometric2F1.value(-2, b, c, z), 1e-14);
  }

  @Test
  void rejectsArgumentsOutsideTheSeriesDomain() {
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1.0));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -1, 0.5));
  }
}
