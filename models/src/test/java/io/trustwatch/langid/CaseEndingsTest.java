package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseEndingsTest {

  @Test
  void russianCaseEndingsCountAgainstBulgarianOnly() {
    String[] russian = {"с", "тарифами", "решением", "синего", "новую"};
    assertEquals(4, CaseEndings.foreignEndings("bg", russian));
    assertEquals(0, CaseEndings.foreignEndings("ru", russian));
    assertEquals(0, CaseEndings.foreignEndings("uk", russian));
  }

  @Test
  void shortBulgarianWordsWithTheSameEndingsAreLeftAlone() {
    assertEquals(0, CaseEndings.foreignEndings("bg", new String[] {"много", "сами", "него", "тази"}));
  }
}
