package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The detector's speed work must not change its answers. {@code recorded-detections.tsv} holds what the
 * detector answered (language, confidence to 12 decimals) for 1,044 texts with hints: the fixture sentences,
 * each of their words, and 600 synthetic posts. It was recorded before OpenNLP's scoring was replaced by
 * {@link OpenNlpModel.Weights}; same languages, and confidences equal up to summation-order rounding.
 *
 * <p>A change of the detector's rules (not of its speed) changes answers legitimately: the file is then
 * re-recorded from the same hints and texts, and the commit says which labels changed. Re-recorded for the
 * Arabic-script rules (Arabic ي/ك/ة a third of a foreign letter in Persian and Urdu, the article weighing
 * 4): one label changed, an Arabic sentence followed by a Persian one, fa -> ar; 20 confidences moved.
 * Again for joined و/ل and أ as Arabic evidence: one label changed, another Arabic sentence followed by a
 * Persian one, fa -> ar; 7 confidences moved. Again for the long common-words lists (every word seen twice):
 * 17 labels changed, all towards a first-class language: single words two languages share (حل, يرد, قول,
 * فون -> ar; ми, решен, помогли -> ru; kim, aradan, sistem, es -> tr) and four texts that are half Turkish
 * or half Russian, now read as that half; 57 confidences moved. Again for Russian's full-form lexicon, Arabic
 * stems, the Arabic/Persian/Urdu distinctive words and the prior for a neighbour's first-class partner: 19
 * labels changed, mostly single words: towards
 * Russian (Обещали, недели, клиент, телефона, Никой, минуло; лише and але are Ukrainian, read as Bulgarian and
 * Ukrainian before and as Russian now), Indonesian (berjanji twice, Pulu, memulangkan, an Indonesian post that
 * was Malay), Arabic (تلفن, جواب, سه: Persian words both write) and Turkish (vermir); towards the neighbour on
 * its distinctive words: را -> fa against an Arabic hint, کا -> ur; 70 confidences moved.
 */
class DetectionEqualityTest {

  private static final double TOLERANCE = 1e-9;

  private record Expected(String hint, String text, String lang, double confidence) {}

  private static List<Expected> expected() throws Exception {
    Path file = Path.of(DetectionEqualityTest.class.getResource(
        "/OpenNlpLanguageDetectorTest/recorded-detections.tsv").toURI());
    List<Expected> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      out.add(new Expected(c[0].isEmpty() ? null : c[0], c[1], c[2], Double.parseDouble(c[3])));
    }
    return out;
  }

  @Test
  void answersAsBeforeTheSpeedupAndTheSameOnEveryRun() throws Exception {
    List<Expected> expected = expected();
    assertEquals(1044, expected.size());
    OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector();
    for (int run = 0; run < 2; run++) {
      for (Expected e : expected) {
        LanguageGuess guess = detector.detect(e.text(), e.hint());
        assertEquals(e.lang(), guess.lang(), e.text() + " [hint " + e.hint() + "]");
        assertEquals(e.confidence(), guess.confidence(), TOLERANCE, e.text() + " [hint " + e.hint() + "]");
        assertEquals(guess, detector.detect(e.text(), e.hint()), "deterministic: " + e.text());
      }
    }
  }

  /** The fast sums differ from OpenNLP's log-probabilities by one constant per text, the same for every outcome. */
  @Test
  void outcomeSumsAreOpenNlpsLogProbabilitiesUpToAConstant() throws Exception {
    MaxentModel maxent = OpenNlpModel.get().getMaxentModel();
    int[] outcomes = new int[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = i;
    }
    OpenNlpModel.Weights weights = OpenNlpModel.Weights.of(outcomes);
    for (Expected e : expected()) {
      String letters = TextEvidence.of(e.text()).letters();
      if (letters.isEmpty()) {
        continue;
      }
      Set<String> grams = new java.util.HashSet<>();
      double[] sums = new double[outcomes.length];
      Set<Long> counted = new java.util.HashSet<>();
      for (int n = 1; n <= 3; n++) {
        for (int i = 0; i + n <= letters.length(); i++) {
          grams.add(letters.substring(i, i + n));
          long key = OpenNlpModel.key(letters, i, n);
          if (counted.add(key)) {
            weights.addTo(key, sums);
          }
        }
      }
      double[] p = maxent.eval(grams.toArray(new String[0]));
      double shift = Math.log(p[0]) - sums[0];
      for (int o = 0; o < outcomes.length; o++) {
        if (p[o] > 1e-300) {
          assertEquals(Math.log(p[o]), sums[o] + shift, 1e-9, e.text() + " outcome " + o);
        }
      }
      assertTrue(Double.isFinite(shift));
    }
  }
}
