package io.trustwatch.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.analysis.PostAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFileTest {

  @TempDir Path tmp;
  private final ScoreFile scorer = new ScoreFile(PostAnalyzer.shared());

  private static Path fixture(String name) throws Exception {
    return Path.of(ScoreFileTest.class.getResource("/ScoreFileTest/" + name).toURI());
  }

  /** Output rows split into cells; row 0 is the header. */
  private List<String[]> score(String fixture) throws Exception {
    Path out = tmp.resolve("out.tsv");
    scorer.score(fixture(fixture), out);
    return Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
  }

  @Test
  void outputFollowsTheContractOneRowPerInputInOrder() throws Exception {
    List<String[]> rows = score("posts.tsv");
    assertEquals("id\tlang\tsentiment\tsentiment_score\tthemes\tchurn_intent", String.join("\t",
        List.of(rows.get(0)).subList(0, 6)));
    assertEquals(6, rows.size());
    assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), rows.stream().skip(1).map(r -> r[0]).toList());
    for (String[] r : rows.subList(1, rows.size())) {
      assertEquals(rows.get(0).length, r.length, "every row has every column");
      if (!r[3].isEmpty()) {
        double score = Double.parseDouble(r[3]);
        assertTrue(score >= -1 && score <= 1, r[3]);
      }
      assertTrue(r[5].equals("true") || r[5].equals("false"));
    }
    String[] r1 = rows.get(1);
    assertEquals("en", r1[1]);
    assertEquals("negative", r1[2]);
    assertTrue(r1[4].contains("service_failure"), r1[4]);
    assertEquals("true", r1[5]);
    assertEquals("tr", rows.get(3)[1]);
    assertEquals("ar", rows.get(4)[1]);
  }

  @Test
  void emptyTextAndUnsupportedLanguageGetNoSentimentButAReason() throws Exception {
    List<String[]> rows = score("posts.tsv");
    int reason = List.of(rows.get(0)).indexOf("sentiment_reason");
    assertEquals("", rows.get(2)[2]);
    assertFalse(rows.get(2)[reason].isEmpty(), "empty text says why it has no sentiment");
    assertEquals("de", rows.get(5)[1]);
    assertEquals("", rows.get(5)[2]);
    assertEquals("unsupported_language", rows.get(5)[reason]);
  }

  @Test
  void csvWithNewlinesAndTabsStaysOneLinePerRow() throws Exception {
    List<String[]> rows = score("posts.csv");
    assertEquals(3, rows.size());
    assertEquals("a", rows.get(1)[0]);
    assertEquals("b", rows.get(2)[0]);
  }

  @Test
  void jsonLinesWithoutIdsAreNumberedAndRedactedEvidenceIsShown() throws Exception {
    List<String[]> rows = score("posts.jsonl");
    assertEquals("1", rows.get(1)[0]);
    assertEquals("2", rows.get(2)[0]);
    assertTrue(rows.get(1)[4].contains("privacy_violation"), rows.get(1)[4]);
    assertFalse(String.join("\t", rows.get(1)).contains("a.b@example.com"), "no PII in the output");
    assertEquals("ru", rows.get(2)[1]);
    assertEquals("positive", rows.get(2)[2]);
  }

  @Test
  void escapingKeepsCellsOnOneLineAndReadsBack() {
    assertEquals("a\\tb\\nc\\\\d", ScoreFile.escape("a\tb\nc\\d"));
    assertEquals("a\tb\nc\\d", ScoreFile.unescape(ScoreFile.escape("a\tb\nc\\d")));
  }

  @Test
  void aFileWithoutTextColumnIsRejectedWithItsColumns() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.tsv"), "id\tbody\n1\thello\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scorer.score(bad, tmp.resolve("o.tsv")));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
  }

  @Test
  void scoresOneHundredThousandRowsInOneCall() throws Exception {
    Path big = tmp.resolve("big.tsv");
    StringBuilder b = new StringBuilder("text\n");
    String[] texts = {"Great service, thank you!", "Nobody answers the phone.", "Kargo geç geldi.", "Всё хорошо."};
    for (int i = 0; i < 100_000; i++) b.append(texts[i % texts.length]).append('\n');
    Files.writeString(big, b);
    ScoreFile.Summary s = scorer.score(big, tmp.resolve("big-out.tsv"));
    assertEquals(100_000, s.rows());
    assertEquals(100_001, Files.readAllLines(tmp.resolve("big-out.tsv")).size());
  }
}
