package io.trustwatch.sentiment;

/**
 * The sentiment of one post.
 *
 * @param label      predicted class, or {@code null} when the post was not scored (see {@code reason})
 * @param score      P(positive) - P(negative), in [-1, 1]; {@code null} when not scored
 * @param confidence probability of the predicted class, in [0, 1]; {@code null} when not scored
 * @param modelId    the model that produced the result (also set when it declined to score)
 * @param reason     why the post was not scored ({@link #UNSUPPORTED_LANGUAGE}, {@link #TOO_SHORT},
 *                   {@link #NO_TEXT}); {@code null} for a scored post
 */
public record SentimentResult(SentimentLabel label, Double score, Double confidence, String modelId, String reason) {

  public static final String UNSUPPORTED_LANGUAGE = "unsupported_language";
  public static final String TOO_SHORT = "too_short";
  public static final String NO_TEXT = "no_text";

  public static SentimentResult scored(SentimentLabel label, double score, double confidence, String modelId) {
    return new SentimentResult(label, score, confidence, modelId, null);
  }

  public static SentimentResult notScored(String reason, String modelId) {
    return new SentimentResult(null, null, null, modelId, reason);
  }

  public boolean isScored() {
    return label != null;
  }

  /** The label's code ("negative", ...) or {@code null}, as written to output tables. */
  public String labelCode() {
    return label == null ? null : label.code();
  }
}
