package io.trustwatch.themes;

import io.trustwatch.text.Token;
import java.util.List;

/** Finds trust-breaking themes and churn intent in one post. Implementations are thread-safe. */
public interface ThemeTagger {

  /**
   * @param text           the original post text; evidence offsets refer to it
   * @param tokens         {@code text} tokenised by the {@link io.trustwatch.text.TextNormaliser} for {@code lang}
   * @param lang           ISO 639-1 code; a language without a lexicon yields {@link ThemeResult#NONE}
   * @param sentimentScore the post's sentiment in [-1, 1], or null when unknown; a clearly positive
   *                       post needs stronger evidence before a theme is reported
   */
  ThemeResult tag(String text, List<Token> tokens, String lang, Double sentimentScore);
}
