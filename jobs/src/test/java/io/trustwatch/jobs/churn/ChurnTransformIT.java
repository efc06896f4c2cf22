package io.trustwatch.jobs.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.SparkTestSession;
import io.trustwatch.churn.BgNbdFit;
import io.trustwatch.churn.BgNbdFitter;
import io.trustwatch.churn.CustomerHistory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ChurnTransformIT {

  private static final StructType POSTS = new StructType()
      .add("customer_key", DataTypes.StringType).add("post_date", DataTypes.DateType);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /**
   * The driver gets one row per distinct history from Spark; the fit must be the one of every customer's
   * own history, as the model package computes it from the dates (several posts on a day are one event).
   */
  @Test
  void theFitOnHistoriesCountedInSparkIsTheFitOnEachCustomersOwnHistory() {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    List<CustomerHistory> expected = new ArrayList<>();
    for (int c = 0; c < 400; c++) {
      TreeSet<LocalDate> days = new TreeSet<>();
      int posts = 1 + random.nextInt(8);
      LocalDate first = AS_OF.minusDays(random.nextInt(26 * 7));
      for (int p = 0; p < posts; p++) {
        // Days repeat within a customer (a burst of replies), so posts and event days differ.
        LocalDate day = first.plusDays(random.nextInt(4) * 9L);
        if (day.isAfter(AS_OF)) day = AS_OF;
        days.add(day);
        rows.add(RowFactory.create("c" + c, Date.valueOf(day)));
      }
      expected.add(CustomerHistory.fromPostingDays(days.first(), days.last(), days.size(), AS_OF));
    }

    BgNbdFit fit = ChurnTransform.fitActivity(SparkTestSession.get().createDataFrame(rows, POSTS), AS_OF);

    BgNbdFit perCustomer = new BgNbdFitter().fit(expected);
    assertFalse(fit.usedFallback(), fit.note());
    assertEquals(400, fit.customers());
    assertEquals(perCustomer.parameters(), fit.parameters());
    long distinct = expected.stream().distinct().count();
    assertTrue(distinct < 400, "the sample has shared histories: " + distinct);
    assertTrue(fit.note().contains("(" + distinct + " distinct histories)"), fit.note());
  }
}
