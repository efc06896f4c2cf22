package io.trustwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JvmTimesTest {

  @Test
  void aRunsTimesAreTheDifferenceOfTheTotalsAroundIt() {
    assertEquals(new JvmTimes(1_500, 250), new JvmTimes(4_000, 1_250).since(new JvmTimes(2_500, 1_000)));
  }

  @Test
  void describedInSeconds() {
    assertEquals("JIT compiling 20.6 s, GC 3.1 s", new JvmTimes(20_640, 3_120).describe());
  }
}
