package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceSnippetTest {

  @Test
  void shortPostsAreKeptWholeAroundTheEvidence() {
    String text = "They promised a refund and never paid.";
    int start = text.indexOf("promised a refund");
    EvidenceSnippet s = EvidenceSnippet.of(text, start, start + "promised a refund".length(), 110);
    assertEquals(new EvidenceSnippet("They ", "promised a refund", " and never paid."), s);
  }

  @Test
  void longPostsAreShortenedOnBothSides() {
    String text = "a".repeat(200) + "EVIDENCE" + "b".repeat(200);
    EvidenceSnippet s = EvidenceSnippet.of(text, 200, 208, 10);
    assertEquals(new EvidenceSnippet("…" + "a".repeat(10), "EVIDENCE", "b".repeat(10) + "…"), s);
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    String text = "x\uD83D\uDE20 refund never came";
    int start = text.indexOf("refund");
    // Ten characters before "refund" would land inside the emoji's surrogate pair.
    EvidenceSnippet s = EvidenceSnippet.of(text, start, start + 6, start - 2);
    assertEquals("…\uD83D\uDE20 ", s.before());
  }

  @Test
  void offsetsOutsideTheTextMarkNothing() {
    assertEquals(new EvidenceSnippet("short post", "", ""), EvidenceSnippet.of("short post", 5, 50, 110));
    assertEquals(new EvidenceSnippet("short post", "", ""), EvidenceSnippet.of("short post", 4, 4, 110));
  }
}
