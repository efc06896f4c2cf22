package io.trustwatch.themes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.text.LuceneTextNormaliser;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ThemeSuiteTest/<lang>.tsv} through the shared curated lexicons and holds each
 * label to precision >= 0.9 and recall >= 0.8 per language, with at least 10 positive sentences.
 */
class ThemeSuiteTest {

  private static final double MIN_PRECISION = 0.9;
  private static final double MIN_RECALL = 0.8;
  private static final int MIN_POSITIVES = 10;

  @TestFactory
  Stream<DynamicTest> everyLanguageSuiteMeetsTheBar() throws Exception {
    List<Path> suites = suiteFiles();
    assertFalse(suites.isEmpty(), "no ThemeSuiteTest/<lang>.tsv found");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path suite : suites) {
      String lang = suite.getFileName().toString().replace(".tsv", "");
      List<ThemeSample> samples = ThemeSampleReader.readSuite(suite, lang);
      ThemeEvaluationReport report = new ThemeEvaluator(
          LexiconThemeTagger.shared(), new LuceneTextNormaliser(), ThemeSample.LABELS).evaluate(samples);
      assertTrue(LexiconThemeTagger.shared().supports(lang), lang + " has a suite but no lexicon");
      for (String label : ThemeSample.LABELS) {
        tests.add(DynamicTest.dynamicTest(lang + " " + label, () -> {
          LabelCounts c = report.counts(lang, label);
          String errors = errorsOf(report, label);
          assertTrue(c.support() >= MIN_POSITIVES, lang + " " + label + ": only " + c.support() + " positives");
          assertTrue(c.precision() >= MIN_PRECISION,
              lang + " " + label + " precision " + c.precision() + " " + c + "\n" + errors);
          assertTrue(c.recall() >= MIN_RECALL,
              lang + " " + label + " recall " + c.recall() + " " + c + "\n" + errors);
        }));
      }
    }
    return tests.stream();
  }

  private static List<Path> suiteFiles() throws URISyntaxException, java.io.IOException {
    Path dir = Path.of(ThemeSuiteTest.class.getResource("/ThemeSuiteTest").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
  }

  /** The sentences this label got wrong, so a failing run says what to fix. */
  private static String errorsOf(ThemeEvaluationReport report, String label) {
    StringBuilder out = new StringBuilder();
    for (ThemeEvaluationReport.Misclassified e : report.errors()) {
      if (e.gold().contains(label) != e.predicted().contains(label)) {
        out.append("  gold=").append(e.gold()).append(" pred=").append(e.predicted())
            .append(" [").append(e.evidence()).append("] ").append(e.text()).append('\n');
      }
    }
    return out.toString();
  }
}
