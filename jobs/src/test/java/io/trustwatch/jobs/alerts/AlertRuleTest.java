package io.trustwatch.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

  @Test
  void alertWeekIsTheLastWholeWeekBeforeAsOf() {
    LocalDate monday = LocalDate.of(2026, 11, 9);
    assertEquals(monday, AlertRule.alertWeek(LocalDate.of(2026, 11, 16)), "as of the next Monday");
    assertEquals(monday, AlertRule.alertWeek(LocalDate.of(2026, 11, 22)), "as of the next Sunday");
    assertEquals(monday.plusWeeks(1), AlertRule.alertWeek(LocalDate.of(2026, 11, 23)));
  }

  @Test
  void isoWeekLabelsFollowTheWeekBasedYear() {
    assertEquals("2026-W46", AlertsTransform.isoWeek(LocalDate.of(2026, 11, 9)));
    assertEquals("2026-W53", AlertsTransform.isoWeek(LocalDate.of(2026, 12, 28)));
    assertEquals("2027-W01", AlertsTransform.isoWeek(LocalDate.of(2027, 1, 4)));
  }
}
