package io.trustwatch.churn;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything known about one customer at an as-of date, the input of {@link ChurnRiskScorer}.
 * {@link CustomerSignalsExtractor} builds it from posts; a Spark job may equally fill it from
 * aggregates. Unknown numbers are NaN, never a guess.
 *
 * <p>Activity fields (counts, dates, gaps, p_alive) use the whole history up to {@code asOf};
 * content fields (sentiment, themes, intent, complaint) use the look-back window only. Activity is
 * measured on the days of {@code activitySource}: posting days, or the days of an activity table.
 *
 * @param asOf                    the date the signals describe (inclusive)
 * @param postCount               posts on or before {@code asOf}
 * @param firstPostDate           first posting day
 * @param lastPostDate            last posting day on or before {@code asOf}
 * @param daysSinceLastPost       days from {@code lastPostDate} to {@code asOf}
 * @param usualGapDays            median gap in days between consecutive distinct days of {@code activitySource}; NaN with one such day
 * @param sentimentLevel          mean sentiment score of the window's scored posts; NaN if none
 * @param sentimentSlopePerWeek   least-squares slope of sentiment over time in the window, per week; NaN if too few posts
 * @param trustThemes             distinct theme codes seen in the window, sorted
 * @param churnIntentSeen         a post in the window states an intention to leave
 * @param complaintToCompanySeen  a post in the window is a complaint addressed to the company ({@link ComplaintRule})
 * @param pAlive                  BG/NBD probability that the customer is still active, in [0, 1], from the days of {@code activitySource}
 * @param activitySource          which days activity was measured on
 * @param daysSinceLastActivity   days from the last day of {@code activitySource} to {@code asOf}
 * @param settledThemes           the themes of {@code trustThemes} that the customer moved past: after the last
 *                                posting day that carried one, they posted again in the window, and those later
 *                                posts are on average not negative (see {@link CustomerSignalsExtractor})
 * @param sentimentTrendEnd       the sentiment trend line's value on the last posting day (where the customer's tone
 *                                ended up); NaN when the slope is NaN or unknown
 */
public record CustomerSignals(
    LocalDate asOf,
    int postCount,
    LocalDate firstPostDate,
    LocalDate lastPostDate,
    long daysSinceLastPost,
    double usualGapDays,
    double sentimentLevel,
    double sentimentSlopePerWeek,
    List<String> trustThemes,
    boolean churnIntentSeen,
    boolean complaintToCompanySeen,
    double pAlive,
    ActivitySource activitySource,
    long daysSinceLastActivity,
    List<String> settledThemes,
    double sentimentTrendEnd) implements Serializable {

  /** Signals in which no theme is known to be settled and the trend's end is unknown. */
  public CustomerSignals(LocalDate asOf, int postCount, LocalDate firstPostDate, LocalDate lastPostDate,
      long daysSinceLastPost, double usualGapDays, double sentimentLevel, double sentimentSlopePerWeek,
      List<String> trustThemes, boolean churnIntentSeen, boolean complaintToCompanySeen, double pAlive,
      ActivitySource activitySource, long daysSinceLastActivity) {
    this(asOf, postCount, firstPostDate, lastPostDate, daysSinceLastPost, usualGapDays, sentimentLevel,
        sentimentSlopePerWeek, trustThemes, churnIntentSeen, complaintToCompanySeen, pAlive, activitySource,
        daysSinceLastActivity, List.of(), Double.NaN);
  }

  /** Signals whose activity is the customer's posting days. */
  public CustomerSignals(LocalDate asOf, int postCount, LocalDate firstPostDate, LocalDate lastPostDate,
      long daysSinceLastPost, double usualGapDays, double sentimentLevel, double sentimentSlopePerWeek,
      List<String> trustThemes, boolean churnIntentSeen, boolean complaintToCompanySeen, double pAlive) {
    this(asOf, postCount, firstPostDate, lastPostDate, daysSinceLastPost, usualGapDays, sentimentLevel,
        sentimentSlopePerWeek, trustThemes, churnIntentSeen, complaintToCompanySeen, pAlive, ActivitySource.POSTS,
        daysSinceLastPost, List.of(), Double.NaN);
  }

  public CustomerSignals {
    if (postCount < 1) {
      throw new IllegalArgumentException("a customer has at least one post");
    }
    if (daysSinceLastPost < 0 || daysSinceLastActivity < 0) {
      throw new IllegalArgumentException("daysSinceLastPost and daysSinceLastActivity must be >= 0");
    }
    if (activitySource == null) {
      throw new IllegalArgumentException("activitySource is required");
    }
    if (!(pAlive >= 0 && pAlive <= 1)) {
      throw new IllegalArgumentException("pAlive must be in [0, 1], was " + pAlive);
    }
    trustThemes = trustThemes.stream().distinct().sorted().toList();
    settledThemes = settledThemes.stream().distinct().sorted().toList();
    if (!trustThemes.containsAll(settledThemes)) {
      throw new IllegalArgumentException("settled themes " + settledThemes + " are not all in " + trustThemes);
    }
  }
}
