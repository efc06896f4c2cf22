package io.trustwatch.jobs.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When something is worth telling a person about. The anomaly flags in the gold tables are judged
 * per group however few posts it has; an alert also needs enough evidence that one angry post in a
 * quiet group does not page anyone.
 *
 * <p>An alert is raised once per <em>episode</em>: the first week a group is anomalous in the same
 * direction after a week that was not. A theme that stays hot for three weeks is one alert, not
 * three; its id is a hash of the kind, the group and the episode's first week, so re-running a
 * week, or running daily within a week, gives the same id and the table keeps one row.
 */
public final class AlertRule {

  /** A sentiment drop needs at least this many scored posts in the group's week. */
  public static final int MIN_SCORED_POSTS = 5;

  /** A rising theme needs at least this many mentions, from at least {@link #MIN_CUSTOMERS} people. */
  public static final int MIN_MENTIONS = 3;

  public static final int MIN_CUSTOMERS = 2;

  /** How many of an alert's evidence snippets or reasons travel with it. */
  public static final int MAX_EVIDENCE = 3;

  private AlertRule() {}

  /**
   * The week alerts speak about: the latest whole ISO week before the as-of date. A week still in
   * progress would read as a drop in volume every time the job runs mid-week.
   */
  public static LocalDate alertWeek(LocalDate asOf) {
    return asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
  }
}
