package io.trustwatch.lakehouse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday) as written in the gold tables' {@code iso_week} column,
 * e.g. {@code 2026-W07}. The year is the week-based year: 2026-12-31 lies in 2026-W53 and
 * 2027-01-01 in 2026-W53 too.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
    int weeks = weeksIn(year);
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(
          String.format("%04d-W%02d does not exist: %d has weeks W01 to W%02d", year, week, year, weeks));
    }
  }

  /**
   * @param text e.g. {@code 2026-W07}
   * @throws IllegalArgumentException naming the expected form, or the valid week range of that year
   */
  public static IsoWeek parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not an ISO week like 2026-W07");
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week containing {@code date}. */
  public static IsoWeek of(LocalDate date) {
    return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** 52 or 53: December 28th always lies in the last week of its week-based year. */
  static int weeksIn(int year) {
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /** The Monday. */
  public LocalDate start() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The Sunday. */
  public LocalDate end() {
    return start().plusDays(6);
  }

  public IsoWeek minusWeeks(int weeks) {
    return of(start().minusWeeks(weeks));
  }

  public IsoWeek previous() {
    return minusWeeks(1);
  }

  @Override
  public int compareTo(IsoWeek other) {
    return start().compareTo(other.start());
  }

  /** The table and command-line form, e.g. {@code 2026-W07}. */
  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
