package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LangIdEvaluationTest {

  @Test
  void evaluatesSentencesAndDerivedShortTextsOfAFile() throws Exception {
    Path fixture = Path.of(getClass().getResource("/OpenNlpLanguageDetectorTest/sentences.tsv").toURI());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LangIdEvaluator result = LangIdEvaluation.run(fixture, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(report.contains("DERIVED"), report);
    assertTrue(report.contains("candidates (15)"), report);
    assertEquals(1.0, result.accuracy("en", LangIdSample.Kind.SENTENCE));
    assertTrue(result.accuracy(LangIdSample.Kind.SENTENCE) > result.accuracy(LangIdSample.Kind.SINGLE_WORD));
  }

  @Test
  void parsesCandidateSpecs() {
    assertEquals(OpenNlpLanguageDetector.DEV_LANGUAGES, LangIdEvaluation.parseCandidates("dev"));
    assertEquals(Set.of("en", "tr"), LangIdEvaluation.parseCandidates("en,tr"));
    assertTrue(LangIdEvaluation.parseCandidates("all").size() > 80);
  }

  @Test
  void baselineIsPlainOpenNlpOnTheSameSamples() throws Exception {
    Path fixture = Path.of(getClass().getResource("/OpenNlpLanguageDetectorTest/sentences.tsv").toURI());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LangIdEvaluator baseline = LangIdEvaluation.runBaseline(fixture, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    LangIdEvaluator ours = LangIdEvaluation.run(fixture, null, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("baseline: plain OpenNLP"));
    assertTrue(ours.accuracy(LangIdSample.Kind.SINGLE_WORD) > baseline.accuracy(LangIdSample.Kind.SINGLE_WORD));
  }
}
