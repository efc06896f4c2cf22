package io.trustwatch.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as the page shows them to people: thousands separators, whole percentages,
 * a true minus sign, and ▲/▼ arrows for changes. Shares such as net sentiment are fractions in
 * [-1, 1] here and percentages on the page; their changes are in percentage points.
 */
final class ReportFormat {

  static final String UP = "▲";
  static final String DOWN = "▼";
  static final String MINUS = "\u2212";

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private ReportFormat() {}

  /** e.g. {@code 12,345}. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n).replace("-", MINUS);
  }

  /** A share as a whole percentage, e.g. {@code 0.254} gives {@code 25%}. */
  static String percent(double share) {
    return signed(Math.round(share * 100), false) + "%";
  }

  /** A share that may be negative, always signed, e.g. {@code +24%} or {@code −8%}. */
  static String signedPercent(double share) {
    return signed(Math.round(share * 100), true) + "%";
  }

  /** Change of a count, e.g. {@code ▲ 12 (+8%)}; {@code ▲ 3 (new)} when there was none before. */
  static String countChange(long now, long before) {
    long diff = now - before;
    if (diff == 0) return "unchanged";
    String arrow = diff > 0 ? UP : DOWN;
    String relative = before == 0 ? "new" : signed(Math.round(100.0 * diff / before), true) + "%";
    return arrow + " " + count(Math.abs(diff)) + " (" + relative + ")";
  }

  /** Change of a share in percentage points, e.g. {@code ▼ 5 pts}; below half a point it is unchanged. */
  static String pointsChange(double now, double before) {
    long points = Math.round((now - before) * 100);
    if (points == 0) return "unchanged";
    return (points > 0 ? UP : DOWN) + " " + Math.abs(points) + (Math.abs(points) == 1 ? " pt" : " pts");
  }

  /** e.g. {@code 5 – 11 Oct 2026}, or {@code 28 Dec 2026 – 3 Jan 2027} across years. */
  static String dateRange(LocalDate from, LocalDate to) {
    if (from.getYear() != to.getYear()) return from.format(DAY_MONTH_YEAR) + " – " + to.format(DAY_MONTH_YEAR);
    if (from.getMonth() == to.getMonth()) return from.getDayOfMonth() + " – " + to.format(DAY_MONTH_YEAR);
    return from.format(DAY_MONTH) + " – " + to.format(DAY_MONTH_YEAR);
  }

  static String date(LocalDate d) {
    return d.format(DAY_MONTH_YEAR);
  }

  private static String signed(long n, boolean plus) {
    if (n < 0) return MINUS + count(-n);
    return (plus && n > 0 ? "+" : "") + count(n);
  }
}
