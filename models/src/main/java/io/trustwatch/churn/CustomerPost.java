package io.trustwatch.churn;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One scored post of one customer, as silver.scored_posts holds it: the input to
 * {@link CustomerSignalsExtractor}.
 *
 * @param date           day the post was created (customer's posting day)
 * @param sentimentScore sentiment in [-1, 1], or null when no model serves the post's language
 * @param themes         trust-breaking theme codes found in the post (empty if none)
 * @param churnIntent    the post states an intention to leave
 * @param channel        where the post was made (input contract's {@code channel}); may be null
 */
public record CustomerPost(
    LocalDate date, Double sentimentScore, List<String> themes, boolean churnIntent, String channel)
    implements Serializable {

  public CustomerPost {
    if (date == null) {
      throw new IllegalArgumentException("date is required");
    }
    if (sentimentScore != null && !(sentimentScore >= -1 && sentimentScore <= 1)) {
      throw new IllegalArgumentException("sentimentScore must be in [-1, 1], was " + sentimentScore);
    }
    themes = themes == null ? List.of() : List.copyOf(themes);
  }
}
