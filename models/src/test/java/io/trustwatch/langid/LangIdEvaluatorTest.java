package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LangIdEvaluatorTest {

  private static LangIdSample s(String text, String lang) {
    return new LangIdSample(text, lang, LangIdSample.Kind.SENTENCE);
  }

  @Test
  void countsAccuracyUndeterminedAndNeighboursPassedOffAsFirstClass() {
    // A detector that answers whatever the text says, so every outcome is chosen by the test.
    LanguageDetector echo = (text, hint) -> text.equals("?") ? LanguageGuess.undetermined(0) : new LanguageGuess(text, 0.9);
    LangIdEvaluator evaluator = new LangIdEvaluator(echo);
    evaluator.evaluate(List.of(s("en", "en"), s("id", "en"), s("id", "ms"), s("ms", "ms"), s("?", "uk"), s("ru", "uk")));

    assertEquals(0.5, evaluator.accuracy("en", LangIdSample.Kind.SENTENCE));
    assertEquals(0.5, evaluator.accuracy("ms", LangIdSample.Kind.SENTENCE));
    assertEquals(0.0, evaluator.accuracy("uk", LangIdSample.Kind.SENTENCE));
    assertEquals(2.0 / 6, evaluator.accuracy(LangIdSample.Kind.SENTENCE), 1e-12);
    assertEquals(2.0 / 4, evaluator.neighbourAsFirstClassRate(LangIdSample.Kind.SENTENCE), 1e-12);
    assertEquals(1.0 / 6, evaluator.undeterminedRate(LangIdSample.Kind.SENTENCE), 1e-12);
    assertTrue(Double.isNaN(evaluator.accuracy(LangIdSample.Kind.SINGLE_WORD)));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    evaluator.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("en        0.500"), report);
    assertTrue(report.contains("top confusions: en->id=1 ms->id=1"), report);
  }
}
