package io.trustwatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearSentimentScorerTest {

  private static final TextNormaliser NORMALISER = new LuceneTextNormaliser();

  /** A two-class model trained on a handful of inline rows: enough to exercise the scorer's guards. */
  private static final LinearSentimentScorer SCORER = new LinearSentimentScorer(Map.of("en",
      LinearSentimentTrainer.train("en", List.of(
          new SentimentSample("great", NORMALISER.tokens("great", "en"), SentimentLabel.POSITIVE),
          new SentimentSample("awful", NORMALISER.tokens("awful", "en"), SentimentLabel.NEGATIVE)),
          new LinearSentimentTrainer.Config(new FeatureSettings(12, true), 1, false))));

  private static SentimentResult score(String text, String lang) {
    return SCORER.score(text, NORMALISER.tokens(text, lang), lang);
  }

  private static void assertNotScored(SentimentResult r, String reason) {
    assertFalse(r.isScored());
    assertNull(r.label());
    assertNull(r.score());
    assertNull(r.confidence());
    assertEquals(reason, r.reason());
  }

  @Test
  void languageWithoutModelIsNotGuessed() {
    SentimentResult r = score("c'est génial", "fr");
    assertNotScored(r, SentimentResult.UNSUPPORTED_LANGUAGE);
    assertEquals(LinearSentimentScorer.NO_MODEL, r.modelId());
    assertNotScored(score("great", null), SentimentResult.UNSUPPORTED_LANGUAGE);
  }

  @Test
  void emptyOrBlankTextHasNoText() {
    assertNotScored(score("", "en"), SentimentResult.NO_TEXT);
    assertNotScored(score("   ", "en"), SentimentResult.NO_TEXT);
    assertNotScored(SCORER.score(null, List.of(), "en"), SentimentResult.NO_TEXT);
  }

  @Test
  void postWithoutWordsOrEmojiIsTooShort() {
    assertNotScored(score("https://example.com/x @someone 123 !!!", "en"), SentimentResult.TOO_SHORT);
  }

  @Test
  void twoClassModelNeverPredictsTheMissingClass() {
    SentimentResult r = score("great", "en");
    assertEquals(SentimentLabel.POSITIVE, r.label());
    assertEquals(r.confidence(), (r.score() + 1) / 2, 1e-9);
    assertEquals(SentimentLabel.NEGATIVE, score("awful", "en").label());
  }
}
