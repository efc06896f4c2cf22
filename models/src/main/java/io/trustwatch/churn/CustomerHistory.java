package io.trustwatch.churn;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What BG/NBD needs to know about one customer, in <b>weeks</b> measured from the customer's first
 * event (their first posting day).
 *
 * @param frequency x: number of repeat events after the first one
 * @param recency   t_x: time of the last event, weeks after the first one (0 when x = 0)
 * @param age       T: length of the observation period, weeks from the first event to the as-of date
 */
public record CustomerHistory(int frequency, double recency, double age) implements Serializable {

  private static final double DAYS_PER_WEEK = 7.0;

  public CustomerHistory {
    if (frequency < 0) {
      throw new IllegalArgumentException("frequency must be >= 0, was " + frequency);
    }
    if (!(recency >= 0) || !(age >= recency) || Double.isInfinite(age)) {
      throw new IllegalArgumentException(
          "need 0 <= recency <= age < infinity, was recency=" + recency + " age=" + age);
    }
    if (frequency == 0 && recency != 0) {
      throw new IllegalArgumentException("recency must be 0 when there is no repeat event");
    }
  }

  /**
   * Builds the history from posting days. An event is a <em>distinct posting day</em>, not a post:
   * a burst of replies in one thread is one visit, and counting each post would inflate x.
   *
   * @param firstDay         first posting day
   * @param lastDay          last posting day on or before {@code asOf}
   * @param distinctPostDays number of distinct posting days in [firstDay, lastDay]
   * @param asOf             end of the observation period
   */
  public static CustomerHistory fromPostingDays(
      LocalDate firstDay, LocalDate lastDay, int distinctPostDays, LocalDate asOf) {
    if (lastDay.isBefore(firstDay) || asOf.isBefore(lastDay)) {
      throw new IllegalArgumentException("need firstDay <= lastDay <= asOf");
    }
    return fromDayCounts(distinctPostDays, ChronoUnit.DAYS.between(firstDay, lastDay),
        ChronoUnit.DAYS.between(firstDay, asOf));
  }

  /**
   * Builds the history from day counts, as an aggregation that never sees the dates themselves gives them.
   *
   * @param distinctDays      number of distinct event days
   * @param firstToLastDays   days from the first event day to the last
   * @param firstToAsOfDays   days from the first event day to the end of the observation period
   */
  public static CustomerHistory fromDayCounts(int distinctDays, long firstToLastDays, long firstToAsOfDays) {
    if (distinctDays < 1) {
      throw new IllegalArgumentException("a customer has at least one event day");
    }
    if (firstToLastDays < 0 || firstToAsOfDays < firstToLastDays) {
      throw new IllegalArgumentException("need 0 <= days to the last event <= days to the as-of date, was "
          + firstToLastDays + " and " + firstToAsOfDays);
    }
    int x = distinctDays - 1;
    double tx = x == 0 ? 0 : firstToLastDays / DAYS_PER_WEEK;
    double t = firstToAsOfDays / DAYS_PER_WEEK;
    return new CustomerHistory(x, tx, t);
  }
}
