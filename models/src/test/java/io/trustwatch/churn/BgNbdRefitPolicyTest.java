package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BgNbdRefitPolicyTest {

  @Test
  void keepsTheFitUpToTheShareOfChangedCustomers() {
    BgNbdRefitPolicy policy = new BgNbdRefitPolicy(0.10);
    assertTrue(policy.keepsFit(1_000, 0));
    assertTrue(policy.keepsFit(1_000, 100));
    assertFalse(policy.keepsFit(1_000, 101));
    assertFalse(new BgNbdRefitPolicy(0).keepsFit(1_000, 1), "0 always refits once anything changed");
    assertThrows(IllegalArgumentException.class, () -> new BgNbdRefitPolicy(1.5));
  }
}
