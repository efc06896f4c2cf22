package io.trustwatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoccatSentimentScorerTest {

  private static final TextNormaliser NORMALISER = new LuceneTextNormaliser();

  private static SentimentSample sample(String text, SentimentLabel label) {
    return new SentimentSample(text, NORMALISER.tokens(text, "en"), label);
  }

  @Test
  void trainsInMemoryAndScoresWithReasonsLikeTheDefault() throws IOException {
    List<SentimentSample> samples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      samples.add(sample("lovely staff and great food " + i, SentimentLabel.POSITIVE));
      samples.add(sample("awful staff and horrible food " + i, SentimentLabel.NEGATIVE));
    }
    DoccatSentimentScorer scorer = DoccatSentimentScorer.train("en", samples);

    String text = "great food, lovely";
    assertEquals(SentimentLabel.POSITIVE, scorer.score(text, NORMALISER.tokens(text, "en"), "en").label());
    text = "horrible and awful";
    assertEquals(SentimentLabel.NEGATIVE, scorer.score(text, NORMALISER.tokens(text, "en"), "en").label());
    assertEquals(SentimentResult.UNSUPPORTED_LANGUAGE, scorer.score("harika", List.of(), "tr").reason());
    assertEquals(SentimentResult.NO_TEXT, scorer.score(" ", List.of(), "en").reason());
  }
}
