package io.trustwatch.sentiment;

import io.trustwatch.text.Token;
import java.util.List;

/**
 * Scores the sentiment of one post. Implementations are thread-safe and shared read-only, and
 * deterministic: the same input always gives the same result. A language the scorer has no model
 * for gives a result with a {@code null} label and reason {@link SentimentResult#UNSUPPORTED_LANGUAGE},
 * never a guess.
 */
public interface SentimentScorer {

  /**
   * @param text   the original post text
   * @param tokens the post's tokens from {@link io.trustwatch.text.LuceneTextNormaliser} for {@code lang}
   * @param lang   ISO 639-1 code of the post's language
   */
  SentimentResult score(String text, List<Token> tokens, String lang);
}
