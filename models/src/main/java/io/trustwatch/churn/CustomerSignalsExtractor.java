package io.trustwatch.churn;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Turns one customer's scored posts into {@link CustomerSignals} at an as-of date.
 *
 * <p>Posting days, not posts, are the unit of activity (a burst of replies is one visit): the usual
 * gap and the BG/NBD history count distinct days. Thread-safe: holds only immutable configuration.
 */
public final class CustomerSignalsExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_LOOKBACK_DAYS = 90;
  /** A slope through two points is a difference, not a trend; three is the least that averages noise. */
  public static final int DEFAULT_MIN_POSTS_FOR_SLOPE = 3;
  private static final double DAYS_PER_WEEK = 7.0;

  private final BgNbdModel activityModel;
  private final ComplaintRule complaintRule;
  private final int lookbackDays;
  private final int minPostsForSlope;

  public CustomerSignalsExtractor(BgNbdModel activityModel) {
    this(activityModel, ComplaintRule.defaults(), DEFAULT_LOOKBACK_DAYS, DEFAULT_MIN_POSTS_FOR_SLOPE);
  }

  /**
   * @param lookbackDays     the window is the {@code lookbackDays} days ending on and including the
   *                         customer's last posting day on or before asOf
   * @param minPostsForSlope fewer scored posts in the window leave the slope NaN
   */
  public CustomerSignalsExtractor(
      BgNbdModel activityModel, ComplaintRule complaintRule, int lookbackDays, int minPostsForSlope) {
    if (lookbackDays < 1 || minPostsForSlope < 2) {
      throw new IllegalArgumentException("need lookbackDays >= 1 and minPostsForSlope >= 2");
    }
    this.activityModel = activityModel;
    this.complaintRule = complaintRule;
    this.lookbackDays = lookbackDays;
    this.minPostsForSlope = minPostsForSlope;
  }

  /**
   * @param posts the customer's posts in any order; posts after {@code asOf} are ignored
   * @throws IllegalArgumentException if no post is on or before {@code asOf}
   */
  public CustomerSignals extract(List<CustomerPost> posts, LocalDate asOf) {
    return extract(posts, List.of(), asOf);
  }

  /**
   * As {@link #extract(List, LocalDate)}, but activity (P(alive), days since last activity, usual gap)
   * is measured on the customer's days in an activity table (orders, logins, visits) instead of their
   * posting days, so a customer who stops posting but keeps ordering is not going quiet. This
   * extractor's model must then be fitted on activity days too. Content signals still come from posts.
   * With no activity day on or before {@code asOf}, posting days are used, as by the two-argument form.
   *
   * @param activityDays the customer's activity days in any order, repeats allowed; days after {@code asOf} are ignored
   * @throws IllegalArgumentException if no post is on or before {@code asOf}, or an activity day is null
   */
  public CustomerSignals extract(List<CustomerPost> posts, Collection<LocalDate> activityDays, LocalDate asOf) {
    List<CustomerPost> known = posts.stream().filter(p -> !p.date().isAfter(asOf)).toList();
    if (known.isEmpty()) {
      throw new IllegalArgumentException("customer has no post on or before " + asOf);
    }
    TreeSet<LocalDate> postingDays = new TreeSet<>();
    known.forEach(p -> postingDays.add(p.date()));
    LocalDate first = postingDays.first();
    LocalDate last = postingDays.last();
    TreeSet<LocalDate> activeDays = daysUpTo(activityDays, asOf);
    ActivitySource source = activeDays.isEmpty() ? ActivitySource.POSTS : ActivitySource.ACTIVITY;
    TreeSet<LocalDate> days = activeDays.isEmpty() ? postingDays : activeDays;
    CustomerHistory history = CustomerHistory.fromPostingDays(days.first(), days.last(), days.size(), asOf);

    // The window ends on the last posting day, not on asOf: for a customer who has gone quiet the
    // days before asOf are empty, and what they said before falling silent is the evidence.
    LocalDate windowStart = last.minusDays(lookbackDays - 1L);
    List<CustomerPost> window = known.stream().filter(p -> !p.date().isBefore(windowStart)).toList();
    List<CustomerPost> scored = window.stream().filter(p -> p.sentimentScore() != null).toList();
    SimpleRegression trend = trend(scored, windowStart);
    double weeksToLast = ChronoUnit.DAYS.between(windowStart, last) / DAYS_PER_WEEK;

    return new CustomerSignals(
        asOf,
        known.size(),
        first,
        last,
        ChronoUnit.DAYS.between(last, asOf),
        usualGapDays(days),
        scored.stream().mapToDouble(CustomerPost::sentimentScore).average().orElse(Double.NaN),
        trend == null ? Double.NaN : trend.getSlope(),
        window.stream().flatMap(p -> p.themes().stream()).toList(),
        window.stream().anyMatch(CustomerPost::churnIntent),
        window.stream().anyMatch(complaintRule::isComplaint),
        activityModel.pAlive(history),
        source,
        ChronoUnit.DAYS.between(days.last(), asOf),
        settledThemes(window),
        trend == null ? Double.NaN : trend.predict(weeksToLast));
  }

  /**
   * Themes the customer moved past: they posted again on a later day than the last post carrying the theme,
   * and those later scored posts are on average not negative in the complaint rule's sense (a mean above its
   * negative cut-off). A breach followed by contented posts was resolved or shrugged off; a breach that is the
   * last word before silence, or is followed by more negative posts, stays open. Same-day posts do not count
   * as later: their order within the day is unknown.
   */
  private List<String> settledThemes(List<CustomerPost> window) {
    Map<String, LocalDate> lastRaised = new TreeMap<>();
    for (CustomerPost p : window) {
      for (String theme : p.themes()) {
        lastRaised.merge(theme, p.date(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<String> settled = new ArrayList<>();
    lastRaised.forEach((theme, raised) -> {
      double after = window.stream()
          .filter(p -> p.date().isAfter(raised) && p.sentimentScore() != null)
          .mapToDouble(CustomerPost::sentimentScore).average().orElse(Double.NaN);
      if (after > complaintRule.negativeAtMost()) {
        settled.add(theme);
      }
    });
    return settled;
  }

  private static TreeSet<LocalDate> daysUpTo(Collection<LocalDate> activityDays, LocalDate asOf) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate day : activityDays) {
      if (day == null) {
        throw new IllegalArgumentException("an activity day is null");
      }
      if (!day.isAfter(asOf)) {
        days.add(day);
      }
    }
    return days;
  }

  private static double usualGapDays(TreeSet<LocalDate> days) {
    if (days.size() < 2) {
      return Double.NaN;
    }
    double[] gaps = new double[days.size() - 1];
    LocalDate previous = null;
    int i = 0;
    for (LocalDate day : days) {
      if (previous != null) {
        gaps[i++] = ChronoUnit.DAYS.between(previous, day);
      }
      previous = day;
    }
    return new Median().evaluate(gaps);
  }

  /** Least-squares line of score on weeks since the window start; null when there are too few posts for a trend. */
  private SimpleRegression trend(List<CustomerPost> scored, LocalDate windowStart) {
    long distinctDays = scored.stream().map(CustomerPost::date).distinct().count();
    if (scored.size() < minPostsForSlope || distinctDays < 2) {
      return null;
    }
    SimpleRegression regression = new SimpleRegression();
    for (CustomerPost p : scored) {
      regression.addData(ChronoUnit.DAYS.between(windowStart, p.date()) / DAYS_PER_WEEK, p.sentimentScore());
    }
    return regression;
  }
}
