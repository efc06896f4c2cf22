package io.trustwatch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Engine behaviour on a small fixture lexicon, independent of the curated lexicons. */
class LexiconThemeTaggerTest {

  private static final TextNormaliser NORMALISER = new LuceneTextNormaliser();
  private static final LexiconThemeTagger TAGGER =
      LexiconThemeTagger.load(NORMALISER, List.of("en", "xx"), "/LexiconThemeTaggerTest/lexicon/");

  private static String codes(String text) {
    return TAGGER.tag(text, "en", null).codesCsv();
  }

  @Test
  void evidenceIsTheExactSubstringWithOffsets() {
    String text = "Honestly?? They IGNORED my two complaints, twice.";
    ThemeMatch m = TAGGER.tag(text, "en", null).themes().get(0);
    assertEquals(ThemeCode.CONFLICT_MISHANDLED, m.theme());
    assertEquals("IGNORED my two complaints", m.evidence());
    assertEquals(m.evidence(), text.substring(m.start(), m.end()));
    assertTrue(m.confidence() >= 0.5 && m.confidence() <= 1.0);
  }

  @Test
  void gapsAreBoundedAndPatternsStayInTheirSentence() {
    assertEquals("conflict_mishandled", codes("they ignored all of my complaints"));
    assertEquals("", codes("they ignored me for a long time and my complaints"));
    assertEquals("", codes("they ignored it. Complaints piled up"));
    assertEquals("conflict_mishandled", codes("they ignored it, complaints piled up"));
  }

  @Test
  void negationBeforeEvidenceInTheSameClauseDropsIt() {
    assertEquals("", codes("They did not ignore my complaint"));
    assertEquals("conflict_mishandled", codes("Not bad food. They ignored my complaint"));
    assertEquals("conflict_mishandled", codes("I did nothing wrong, they ignored my complaint"));
  }

  @Test
  void negationInsideEvidenceIsPartOfIt() {
    assertEquals("service_failure", codes("They never call back"));
    assertEquals("service_failure,conflict_mishandled", codes("They never called back and ignored my complaint"));
  }

  @Test
  void hypotheticalScopesTheRestOfTheSentenceAndAllOfItForChurn() {
    ThemeResult r = TAGGER.tag("If they leak my data I will cancel my account", "en", null);
    assertTrue(r.themes().isEmpty());
    assertFalse(r.churnIntent().present());
    assertFalse(TAGGER.tag("I will cancel my account if nobody answers", "en", null).churnIntent().present());
    assertEquals("data_breach", codes("They leaked my data. If that happens again, I will sue"));
    assertEquals("data_breach", codes("I asked if they leaked my data and they did"));
  }

  @Test
  void praiseNearEvidenceDropsItUnlessThePraiseIsNegated() {
    assertEquals("", codes("fast delivery, great support and slow shipping is fine"));
    assertEquals("", codes("great and slow"));
    assertEquals("service_failure", codes("not great, slow"));
    assertEquals("service_failure", codes("not great and slow"));
  }

  @Test
  void contrastWordsOpenANewClause() {
    assertEquals("service_failure", codes("the food was great but slow"));
  }

  @Test
  void weakPatternsNeedANegativeFrameAndPositivePostsNeedMore() {
    assertEquals("", TAGGER.tag("support", "en", null).codesCsv());
    assertEquals("service_failure", TAGGER.tag("support", "en", -0.9).codesCsv());
    assertEquals("", TAGGER.tag("nobody answers", "en", 0.8).codesCsv());
    assertEquals("service_failure", TAGGER.tag("nobody answers, slow", "en", 0.8).codesCsv());
  }

  @Test
  void aWeakPatternDoesNotSwallowTheNegationItContains() {
    assertEquals("", codes("the staff were not rude"));
    assertEquals("service_failure", codes("the staff were rude"));
  }

  @Test
  void exceptionLinesBlockTheirOwnFileOnly() {
    assertEquals("", codes("a rude awakening"));
    assertEquals("service_failure", codes("a rude waiter"));
  }

  @Test
  void sharedTaggerGivesTheSameAnswersFromManyThreads() throws Exception {
    List<String> posts = List.of("They ignored my complaint", "nobody answers", "If they leak my data I leave",
        "great and slow", "Never again. Cancelling my subscription today", "the staff were not rude");
    List<String> expected = posts.stream().map(LexiconThemeTaggerTest::describe).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            got = posts.stream().map(LexiconThemeTaggerTest::describe).toList();
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String describe(String text) {
    ThemeResult r = TAGGER.tag(text, "en", null);
    return r.themes() + "|" + r.churnIntent();
  }

  @Test
  void churnIntentHasEvidence() {
    String text = "Never again. Cancelling my subscription today";
    ChurnIntent c = TAGGER.tag(text, "en", 0.0).churnIntent();
    assertTrue(c.present());
    assertEquals(text.substring(c.start(), c.end()), c.evidence());
    assertFalse(TAGGER.tag("I am not cancelling my subscription", "en", null).churnIntent().present());
    assertFalse(TAGGER.tag("Should I cancel my subscription? Maybe.", "en", null).churnIntent().present());
    assertTrue(TAGGER.tag("Why bother? Cancelling my subscription.", "en", null).churnIntent().present());
  }

  @Test
  void languagesWithoutLexiconReturnNothing() {
    assertEquals(ThemeResult.NONE, TAGGER.tag("nobody answers", "xx", -1.0));
    assertFalse(TAGGER.supports("xx"));
    assertEquals("test.1", TAGGER.versions().get("en"));
  }

  @Test
  void malformedPatternsNameTheirLine() {
    LexiconParser parser = new LexiconParser(NORMALISER);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("~2 refund", "en", LexiconRole.BROKEN_PROMISE, "en/broken_promise.txt:7"));
    assertTrue(e.getMessage().contains("en/broken_promise.txt:7"));
    assertThrows(IllegalArgumentException.class,
        () -> parser.parse("refund @w=1.5", "en", LexiconRole.BROKEN_PROMISE, "x"));
  }
}
