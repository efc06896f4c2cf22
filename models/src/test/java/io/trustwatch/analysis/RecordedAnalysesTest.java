package io.trustwatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.themes.ThemeMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Speed work on the analysis chain must not change what it answers. {@code recorded.tsv} holds, for every
 * sentence of the theme suites ({@code ThemeSuiteTest/<lang>.tsv}, the project's own sentences, analysed
 * with the suite's language as hint), the whole chain's answer: language and confidence, sentiment label
 * and score (12 decimals), themes with confidence and evidence offsets, churn intent and its offsets.
 *
 * <p>A change of a model, lexicon or rule changes answers legitimately: re-record from the project root
 * with {@code mvn -pl models test -Dtest=RecordedAnalysesTest
 * -Dtrustwatch.record=$PWD/models/src/test/resources/RecordedAnalysesTest/recorded.tsv} (an absolute
 * path: tests run in the module's folder), then run it again, and say in the commit what changed. Recorded after the speed work on sentiment weighting, theme
 * matching, normalising and langid n-gram lookup, whose outputs were checked equal to the code before it
 * on 50,000 generated posts.
 */
class RecordedAnalysesTest {

  private static final String[] SUITES = {"ar", "en", "id", "ru", "tr"};

  @Test
  void theChainAnswersAsRecorded() throws IOException {
    List<String> actual = analyseSuites();
    String record = System.getProperty("trustwatch.record");
    if (record != null) {
      Files.write(Path.of(record), actual, StandardCharsets.UTF_8);
    }
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream("/RecordedAnalysesTest/recorded.tsv")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertEquals(expected.size(), actual.size(), "number of analysed sentences");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "row " + i);
    }
  }

  /** One line per suite sentence: suite, line number, then the chain's answer. */
  private static List<String> analyseSuites() throws IOException {
    PostAnalyzer analyzer = PostAnalyzer.shared();
    List<String> out = new ArrayList<>();
    out.add("suite\tline\tlang\tlang_confidence\tsentiment\tscore\tthemes\tchurn_intent");
    for (String suite : SUITES) {
      List<String> lines;
      try (InputStream in = RecordedAnalysesTest.class.getResourceAsStream("/ThemeSuiteTest/" + suite + ".tsv")) {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        PostAnalysis a = analyzer.analyze(line.split("\t", -1)[0], suite);
        var s = a.sentiment();
        var churn = a.themes().churnIntent();
        out.add(String.join("\t", suite, Integer.toString(n + 1), a.language().lang(),
            decimals(a.language().confidence()), String.valueOf(s.label()),
            s.score() == null ? "" : decimals(s.score()),
            a.themes().themes().stream().map(RecordedAnalysesTest::theme).collect(Collectors.joining(",")),
            churn.present() ? churn.start() + "-" + churn.end() : ""));
      }
    }
    return out;
  }

  private static String theme(ThemeMatch m) {
    return m.code() + ":" + decimals(m.confidence()) + "@" + m.start() + "-" + m.end();
  }

  private static String decimals(double x) {
    return String.format(Locale.ROOT, "%.12f", x);
  }
}
