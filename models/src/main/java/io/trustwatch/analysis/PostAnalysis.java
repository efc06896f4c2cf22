package io.trustwatch.analysis;

import io.trustwatch.langid.LanguageGuess;
import io.trustwatch.sentiment.SentimentResult;
import io.trustwatch.themes.ThemeResult;
import java.util.Map;

/**
 * Everything the NLP core says about one post. Offsets in {@code themes} and the churn-intent
 * evidence refer to {@code redactedText}, the only text stored past bronze.
 *
 * @param redactedText   the post with e-mails, phones, cards and IBANs replaced by placeholders
 * @param redactions     placeholder kind (e.g. {@code EMAIL}) -> how many were replaced
 * @param language       detected language and confidence ({@code und} when undetermined)
 * @param tokenCount     all tokens, including emoji and punctuation
 * @param wordCount      word tokens only
 * @param emojiCount     emoji and emoticon tokens
 * @param sentiment      label/score, or null label with a reason
 * @param themes         trust-breaking themes and churn intent with evidence
 */
public record PostAnalysis(
    String redactedText,
    Map<String, Integer> redactions,
    LanguageGuess language,
    int tokenCount,
    int wordCount,
    int emojiCount,
    SentimentResult sentiment,
    ThemeResult themes) {}
