package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void countsHaveThousandsSeparators() {
    assertEquals("0", ReportFormat.count(0));
    assertEquals("1,234,567", ReportFormat.count(1_234_567));
    assertEquals("\u22125,000", ReportFormat.count(-5_000));
  }

  @Test
  void sharesAreWholePercentages() {
    assertEquals("25%", ReportFormat.percent(0.254));
    assertEquals("+31%", ReportFormat.signedPercent(0.31));
    assertEquals("\u22128%", ReportFormat.signedPercent(-0.08));
    assertEquals("0%", ReportFormat.signedPercent(0.004));
  }

  @Test
  void countChangesCarryAnArrowAndTheRelativeChange() {
    assertEquals("▲ 1,345 (+12%)", ReportFormat.countChange(12_345, 11_000));
    assertEquals("▼ 50 (\u221250%)", ReportFormat.countChange(50, 100));
    assertEquals("▲ 3 (new)", ReportFormat.countChange(3, 0));
    assertEquals("unchanged", ReportFormat.countChange(7, 7));
  }

  @Test
  void shareChangesAreInPercentagePoints() {
    assertEquals("▲ 8 pts", ReportFormat.pointsChange(0.31, 0.2278));
    assertEquals("▼ 1 pt", ReportFormat.pointsChange(0.20, 0.21));
    assertEquals("unchanged", ReportFormat.pointsChange(0.204, 0.20));
  }

  @Test
  void dateRangesNameEachMonthAndYearOnce() {
    assertEquals("5 – 11 Oct 2026", ReportFormat.dateRange(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 11)));
    assertEquals("28 Sep – 4 Oct 2026", ReportFormat.dateRange(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 4)));
    assertEquals("28 Dec 2026 – 3 Jan 2027",
        ReportFormat.dateRange(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
  }
}
