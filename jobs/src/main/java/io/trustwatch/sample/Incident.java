package io.trustwatch.sample;

/**
 * A market event in a simulation: in one week, a share of one brand's customers in one language
 * (those who have not left by then) post about the same trust breach, as happens after a leak or
 * an outage. It gives the demo something that changed this week, for the alerts and the report.
 *
 * @param week  0-based simulation week; a negative value counts from the end (-1 is the last week)
 * @param share probability that an eligible customer posts about it
 */
public record Incident(String brand, String lang, Intent theme, int week, double share) {

  public Incident {
    if (!theme.isTheme()) throw new IllegalArgumentException(theme + " is not a trust-breaking theme");
    if (share <= 0 || share > 1) throw new IllegalArgumentException("share must be in (0, 1], got " + share);
  }

  /** The week index within a window of {@code weeks} weeks. */
  int weekIn(int weeks) {
    return week < 0 ? weeks + week : week;
  }
}
