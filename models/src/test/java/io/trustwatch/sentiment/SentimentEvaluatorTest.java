package io.trustwatch.sentiment;

import static io.trustwatch.sentiment.SentimentLabel.NEGATIVE;
import static io.trustwatch.sentiment.SentimentLabel.NEUTRAL;
import static io.trustwatch.sentiment.SentimentLabel.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentimentEvaluatorTest {

  @Test
  void macroF1AveragesPerClassF1() {
    SentimentEvaluator eval = new SentimentEvaluator();
    eval.add(POSITIVE, POSITIVE);
    eval.add(POSITIVE, POSITIVE);
    eval.add(POSITIVE, NEGATIVE);
    eval.add(NEGATIVE, NEGATIVE);
    eval.add(NEUTRAL, POSITIVE);
    SentimentMetrics m = eval.metrics();
    // positive: P=2/3 R=2/3 F1=2/3; negative: P=1/2 R=1 F1=2/3; neutral: F1=0.
    assertEquals(0.6, m.accuracy(), 1e-12);
    assertEquals((2 / 3.0 + 2 / 3.0 + 0) / 3, m.macroF1(), 1e-12);
  }

  @Test
  void classesAbsentFromGoldDoNotCountInMacroF1() {
    SentimentEvaluator eval = new SentimentEvaluator();
    eval.add(POSITIVE, POSITIVE);
    eval.add(NEGATIVE, NEGATIVE);
    assertEquals(1.0, eval.metrics().macroF1(), 1e-12);
  }

  @Test
  void declinedPostCountsAsNeutral() {
    SentimentEvaluator eval = new SentimentEvaluator();
    eval.add(NEUTRAL, null);
    assertEquals(1.0, eval.metrics().accuracy(), 1e-12);
  }
}
