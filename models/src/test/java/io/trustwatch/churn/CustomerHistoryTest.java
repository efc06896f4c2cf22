package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  @Test
  void dayCountsGiveTheHistoryTheDatesGive() {
    LocalDate first = LocalDate.of(2026, 6, 1);
    LocalDate last = LocalDate.of(2026, 9, 14);

    CustomerHistory fromDates = CustomerHistory.fromPostingDays(first, last, 6, AS_OF);

    assertEquals(new CustomerHistory(5, 105 / 7.0, 182 / 7.0), fromDates);
    assertEquals(fromDates, CustomerHistory.fromDayCounts(6, 105, 182));
  }

  @Test
  void oneEventDayHasNoRecency() {
    assertEquals(new CustomerHistory(0, 0, 3.0), CustomerHistory.fromDayCounts(1, 0, 21));
  }

  @Test
  void countsThatCannotComeFromDatesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.fromDayCounts(0, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.fromDayCounts(3, 11, 10));
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.fromDayCounts(3, -1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> CustomerHistory.fromPostingDays(AS_OF.minusDays(5), AS_OF.plusDays(1), 2, AS_OF));
  }
}
