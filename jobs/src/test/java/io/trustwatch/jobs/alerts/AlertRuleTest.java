package io.trustwatch.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.lakehouse.IsoWeek;
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
    assertEquals("2026-W46", IsoWeek.of(LocalDate.of(2026, 11, 9)).toString());
    assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2026, 12, 28)).toString());
    assertEquals("2027-W01", IsoWeek.of(LocalDate.of(2027, 1, 4)).toString());
  }
}
