package io.trustwatch.churn;

/**
 * A ranking score with its ground truth, for precision-recall analysis.
 *
 * @param score    higher means more likely positive; {@link Double#NEGATIVE_INFINITY} means the
 *                 item can never be flagged at any threshold (it still counts as a missed positive)
 * @param positive ground truth
 */
public record LabelledScore(double score, boolean positive) {

  public LabelledScore {
    if (Double.isNaN(score) || score == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("score must be finite or -infinity, was " + score);
    }
  }

  public boolean flaggable() {
    return score != Double.NEGATIVE_INFINITY;
  }
}
