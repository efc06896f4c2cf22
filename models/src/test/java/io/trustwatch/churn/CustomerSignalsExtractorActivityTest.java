package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activity measured on an activity table's days (orders, logins, visits) instead of posting days. */
class CustomerSignalsExtractorActivityTest {

  private final BgNbdModel model = new BgNbdModel(new BgNbdParameters(1.0, 2.0, 0.8, 3.0));
  private final CustomerSignalsExtractor extractor = new CustomerSignalsExtractor(model);
  private final ChurnRiskScorer scorer = new ChurnRiskScorer();
  private final LocalDate asOf = LocalDate.of(2026, 11, 20);

  /** Posted weekly from day -200 to day -120, then stopped posting. */
  private List<CustomerPost> oldPosts() {
    List<CustomerPost> posts = new ArrayList<>();
    for (int day = 200; day >= 120; day -= 7) {
      posts.add(new CustomerPost(asOf.minusDays(day), 0.2, List.of(), false, "review"));
    }
    return posts;
  }

  /** Ordered weekly from day -199 to day -3. */
  private List<LocalDate> weeklyOrdersUntilRecently() {
    List<LocalDate> days = new ArrayList<>();
    for (int day = 199; day >= 3; day -= 7) {
      days.add(asOf.minusDays(day));
    }
    return days;
  }

  @Test
  void customerWhoStopsPostingButKeepsOrderingIsNotGoneQuiet() {
    CustomerSignals fromPosts = extractor.extract(oldPosts(), asOf);
    CustomerSignals fromOrders = extractor.extract(oldPosts(), weeklyOrdersUntilRecently(), asOf);

    assertEquals(ActivitySource.POSTS, fromPosts.activitySource());
    assertEquals(ActivitySource.ACTIVITY, fromOrders.activitySource());
    assertEquals(fromPosts.daysSinceLastPost(), fromOrders.daysSinceLastPost(), "posts are still posts");
    assertEquals(asOf.minusDays(123), fromOrders.lastPostDate());
    assertEquals(3, fromOrders.daysSinceLastActivity());
    assertEquals(7.0, fromOrders.usualGapDays());
    assertTrue(fromOrders.pAlive() > 0.95, "p_alive " + fromOrders.pAlive());
    assertTrue(fromPosts.pAlive() < 0.5, "p_alive from posts alone " + fromPosts.pAlive());

    List<String> postReasons = scorer.score(fromPosts).reasonLabels();
    assertTrue(postReasons.stream().anyMatch(r -> r.matches("gone_quiet:17\\.6x_usual_gap")), postReasons.toString());
    assertTrue(postReasons.stream().anyMatch(r -> r.startsWith("low_p_alive:")), postReasons.toString());
    List<String> orderReasons = scorer.score(fromOrders).reasonLabels();
    assertTrue(orderReasons.stream().noneMatch(r -> r.startsWith("gone_quiet") || r.startsWith("low_p_alive")),
        orderReasons.toString());
  }

  @Test
  void contentStillComesFromPosts() {
    List<CustomerPost> posts = new ArrayList<>(oldPosts());
    posts.add(new CustomerPost(asOf.minusDays(10), -0.8, List.of("data_breach"), false, "review"));
    CustomerSignals s = extractor.extract(posts, weeklyOrdersUntilRecently(), asOf);
    assertEquals(List.of("data_breach"), s.trustThemes());
    assertEquals(-0.8, s.sentimentLevel(), 1e-12);
    assertEquals(posts.size(), s.postCount());
  }

  @Test
  void activityAfterAsOfIsIgnoredAndWithoutEarlierDaysPostsAreUsed() {
    CustomerSignals onlyFuture = extractor.extract(oldPosts(), List.of(asOf.plusDays(1), asOf.plusDays(30)), asOf);
    assertEquals(extractor.extract(oldPosts(), asOf), onlyFuture);

    List<LocalDate> withFuture = new ArrayList<>(weeklyOrdersUntilRecently());
    withFuture.add(asOf.plusDays(2));
    assertEquals(extractor.extract(oldPosts(), weeklyOrdersUntilRecently(), asOf),
        extractor.extract(oldPosts(), withFuture, asOf));
  }

  @Test
  void noActivityDaysMeansPostingDays() {
    assertEquals(extractor.extract(oldPosts(), asOf), extractor.extract(oldPosts(), List.of(), asOf));
  }

  @Test
  void repeatedDaysAreOneEventEach() {
    List<LocalDate> twiceADay = new ArrayList<>();
    for (LocalDate d : weeklyOrdersUntilRecently()) {
      twiceADay.add(d);
      twiceADay.add(d);
    }
    assertEquals(extractor.extract(oldPosts(), weeklyOrdersUntilRecently(), asOf),
        extractor.extract(oldPosts(), twiceADay, asOf));
  }

  @Test
  void activityOnTheAsOfDayIsZeroDaysAgo() {
    CustomerSignals s = extractor.extract(oldPosts(), List.of(asOf), asOf);
    assertEquals(0, s.daysSinceLastActivity());
    assertTrue(Double.isNaN(s.usualGapDays()), "one activity day has no usual gap");
    assertEquals(1.0, s.pAlive(), "x = 0: BG/NBD cannot have dropped out yet");
  }

  @Test
  void badInputsAreRejected() {
    List<LocalDate> withNull = Arrays.asList(asOf.minusDays(3), null);
    assertThrows(IllegalArgumentException.class, () -> extractor.extract(oldPosts(), withNull, asOf));
    assertThrows(NullPointerException.class, () -> extractor.extract(oldPosts(), null, asOf));
    assertThrows(IllegalArgumentException.class,
        () -> extractor.extract(List.of(), weeklyOrdersUntilRecently(), asOf), "activity alone has no content to score");
  }

  @Test
  void signalsBuiltFromPostsAloneSayPosts() {
    CustomerSignals s = new CustomerSignals(asOf, 1, asOf, asOf, 4, Double.NaN, Double.NaN, Double.NaN, List.of(),
        false, false, 1.0);
    assertEquals(ActivitySource.POSTS, s.activitySource());
    assertEquals(4, s.daysSinceLastActivity());
    assertThrows(IllegalArgumentException.class, () -> new CustomerSignals(asOf, 1, asOf, asOf, 4, Double.NaN,
        Double.NaN, Double.NaN, List.of(), false, false, 1.0, null, 4));
  }
}
