package io.trustwatch.sentiment;

import java.util.Locale;

/** The three polarity classes every Trustwatch sentiment model predicts. */
public enum SentimentLabel {
  NEGATIVE, NEUTRAL, POSITIVE;

  /** The lower-case code used in data files and output tables ("negative", "neutral", "positive"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code as written in the training TSVs; throws for anything else so bad data is loud. */
  public static SentimentLabel fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
