package io.trustwatch.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

  @Test
  void parsesAndPrintsTheTableForm() {
    IsoWeek w = IsoWeek.parse("2026-W07");
    assertEquals(new IsoWeek(2026, 7), w);
    assertEquals("2026-W07", w.toString());
    assertEquals(LocalDate.of(2026, 2, 9), w.start());
    assertEquals(LocalDate.of(2026, 2, 15), w.end());
  }

  @Test
  void weekBasedYearDiffersFromTheCalendarYearAtTheEdges() {
    assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2027, 1, 1)));
    assertEquals(new IsoWeek(2025, 1), IsoWeek.of(LocalDate.of(2024, 12, 30)));
    assertEquals(LocalDate.of(2024, 12, 30), new IsoWeek(2025, 1).start());
  }

  @Test
  void previousWeekCrossesYears() {
    assertEquals(new IsoWeek(2026, 53), new IsoWeek(2027, 1).previous());
    assertEquals(new IsoWeek(2026, 42), new IsoWeek(2026, 46).minusWeeks(4));
    assertTrue(new IsoWeek(2026, 53).compareTo(new IsoWeek(2027, 1)) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-7", "2026W07", "2026-W7", "26-W07", "2026-w07", "", "2026-W07x"})
  void malformedTextIsRejectedWithTheExpectedForm(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse(text));
    assertTrue(e.getMessage().contains("2026-W07"), e.getMessage());
  }

  @Test
  void weeksBeyondTheYearAreRejectedWithTheRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53"));
    assertEquals("2025-W53 does not exist: 2025 has weeks W01 to W52", e.getMessage());
    assertEquals(53, IsoWeek.parse("2026-W53").week());
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-W00"));
  }
}
