package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSignalsExtractorTest {

  private final BgNbdModel activity = new BgNbdModel(new BgNbdParameters(1.0, 2.0, 0.8, 3.0));
  private final CustomerSignalsExtractor extractor = new CustomerSignalsExtractor(activity);
  private final LocalDate asOf = LocalDate.of(2026, 11, 20);

  @Test
  void weeklyPosterWhoTurnsSourAndStops() {
    // Posts every 7 days from day -140 to day -56, sentiment falling by 0.1 per post (= per week).
    List<CustomerPost> posts = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      LocalDate d = asOf.minusDays(140 - 7L * i);
      List<String> themes = i == 12 ? List.of("privacy_violation", "dishonesty") : List.of();
      posts.add(new CustomerPost(d, 0.6 - 0.1 * i, themes, false, "review"));
    }
    posts.add(new CustomerPost(asOf.plusDays(3), 1.0, List.of(), true, "dm")); // after as-of: ignored

    CustomerSignals s = extractor.extract(posts, asOf);

    assertEquals(13, s.postCount());
    assertEquals(asOf.minusDays(140), s.firstPostDate());
    assertEquals(asOf.minusDays(56), s.lastPostDate());
    assertEquals(56, s.daysSinceLastPost());
    assertEquals(7.0, s.usualGapDays());
    // Window = the 90 days up to the last post (-145 .. -56): all 13 posts, scores 0.6 .. -0.6.
    assertEquals(0.0, s.sentimentLevel(), 1e-12);
    assertEquals(-0.1, s.sentimentSlopePerWeek(), 1e-12);
    assertEquals(-0.6, s.sentimentTrendEnd(), 1e-12); // the line's value on the last posting day
    assertEquals(List.of("dishonesty", "privacy_violation"), s.trustThemes());
    assertFalse(s.churnIntentSeen());
    assertFalse(s.complaintToCompanySeen());
    CustomerHistory h = CustomerHistory.fromPostingDays(s.firstPostDate(), s.lastPostDate(), 13, asOf);
    assertEquals(activity.pAlive(h), s.pAlive(), 1e-15);
    assertTrue(s.pAlive() < 0.5, "12 weekly posts then 8 silent weeks: " + s.pAlive());
  }

  @Test
  void burstsOnOneDayCountAsOnePostingDay() {
    List<CustomerPost> posts = List.of(
        post(asOf.minusDays(30), 0.0), post(asOf.minusDays(30), 0.0), post(asOf.minusDays(30), 0.0),
        post(asOf.minusDays(20), 0.0), post(asOf.minusDays(0), 0.0));
    CustomerSignals s = extractor.extract(posts, asOf);
    assertEquals(5, s.postCount());
    assertEquals(15.0, s.usualGapDays()); // gaps 10 and 20 between distinct days
    assertEquals(activity.pAlive(CustomerHistory.fromPostingDays(
        asOf.minusDays(30), asOf, 3, asOf)), s.pAlive(), 1e-15);
  }

  @Test
  void thinDataGivesNaNNotGuesses() {
    CustomerSignals one = extractor.extract(List.of(post(asOf.minusDays(200), 0.5)), asOf);
    assertTrue(Double.isNaN(one.usualGapDays()));
    assertTrue(Double.isNaN(one.sentimentSlopePerWeek()));
    assertEquals(0.5, one.sentimentLevel(), 1e-12, "an old post is still what the customer last said");

    CustomerSignals unscored = extractor.extract(
        List.of(new CustomerPost(asOf.minusDays(3), null, List.of(), false, "review")), asOf);
    assertTrue(Double.isNaN(unscored.sentimentLevel()), "no scored post, no level");
    assertEquals(1.0, one.pAlive());

    CustomerSignals two = extractor.extract(
        List.of(post(asOf.minusDays(10), 0.5), post(asOf.minusDays(5), -0.5)), asOf);
    assertEquals(0.0, two.sentimentLevel(), 1e-12);
    assertTrue(Double.isNaN(two.sentimentSlopePerWeek()), "two posts are not a trend");
  }

  @Test
  void theWindowEndsOnTheLastPostSoWhatWasSaidBeforeGoingQuietCounts() {
    // A happy post long ago, then sour posts and a breach 150-180 days ago, nothing since: the 90 days
    // before asOf are empty.
    List<CustomerPost> posts = List.of(
        post(asOf.minusDays(260), 0.4),
        post(asOf.minusDays(180), -0.3),
        new CustomerPost(asOf.minusDays(150), -0.8, List.of("data_breach"), false, "review"));
    CustomerSignals s = extractor.extract(posts, asOf);
    assertEquals(List.of("data_breach"), s.trustThemes());
    assertEquals(-0.55, s.sentimentLevel(), 1e-12, "the two posts within 90 days of the last one");
    assertEquals(150, s.daysSinceLastPost());
  }

  @Test
  void intentAndComplaintsOnlyCountInsideTheWindow() {
    List<CustomerPost> old = List.of(
        new CustomerPost(asOf.minusDays(120), -0.9, List.of("service_failure"), true, "support_ticket"),
        post(asOf.minusDays(10), 0.2));
    CustomerSignals s = extractor.extract(old, asOf);
    assertFalse(s.churnIntentSeen());
    assertFalse(s.complaintToCompanySeen());

    List<CustomerPost> recent = List.of(
        new CustomerPost(asOf.minusDays(89), -0.9, List.of("service_failure"), true, "support_ticket"));
    CustomerSignals r = extractor.extract(recent, asOf);
    assertTrue(r.churnIntentSeen());
    assertTrue(r.complaintToCompanySeen());
  }

  @Test
  void customerWithoutPostsBeforeAsOfIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> extractor.extract(List.of(post(asOf.plusDays(1), 0.0)), asOf));
  }

  @Test
  void aBreachFollowedByContentedPostsIsSettled() {
    LocalDate breach = asOf.minusDays(40);
    List<CustomerPost> posts = List.of(
        new CustomerPost(breach, -0.8, List.of("service_failure"), false, "review"),
        post(breach.plusDays(10), 0.6), post(breach.plusDays(20), -0.3));
    CustomerSignals s = extractor.extract(posts, asOf);
    assertEquals(List.of("service_failure"), s.trustThemes());
    assertEquals(List.of("service_failure"), s.settledThemes()); // later mean 0.15: not negative
  }

  @Test
  void aBreachThatIsTheLastWordOrIsFollowedByNegativePostsStaysOpen() {
    LocalDate breach = asOf.minusDays(40);
    CustomerPost breachPost = new CustomerPost(breach, -0.8, List.of("dishonesty"), false, "review");
    // The last word: nothing after it, however positive the posts before it.
    assertEquals(List.of(), extractor.extract(List.of(post(breach.minusDays(5), 0.9), breachPost), asOf).settledThemes());
    // Followed by posts that are negative on average (mean -0.25, below the complaint cut-off of -0.2).
    assertEquals(List.of(), extractor.extract(
        List.of(breachPost, post(breach.plusDays(3), 0.2), post(breach.plusDays(9), -0.7)), asOf).settledThemes());
    // A cheerful post on the same day is not known to come after it.
    assertEquals(List.of(), extractor.extract(List.of(breachPost, post(breach, 0.9)), asOf).settledThemes());
    // Raised again later: the last mention counts, and nothing follows it.
    CustomerPost again = new CustomerPost(breach.plusDays(20), -0.5, List.of("dishonesty"), false, "review");
    assertEquals(List.of(), extractor.extract(
        List.of(breachPost, post(breach.plusDays(10), 0.8), again), asOf).settledThemes());
  }

  private static CustomerPost post(LocalDate date, double sentiment) {
    return new CustomerPost(date, sentiment, List.of(), false, "review");
  }
}
