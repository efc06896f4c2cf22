package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChurnRiskScorerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private final ChurnRiskScorer scorer = new ChurnRiskScorer();

  @Test
  void silentChurnerIsHighRiskSilentAndExplained() {
    CustomerSignals s = signals(52, 7.0, -0.45, -0.08, List.of("privacy_violation"), false, false, 0.18);

    ChurnRisk risk = scorer.score(s);

    assertTrue(risk.isSilent());
    assertEquals(RiskBand.HIGH, risk.riskBand());
    assertEquals(List.of(
        "gone_quiet:7.4x_usual_gap", "trust_breach:privacy_violation", "sentiment_drop:-0.08/wk",
        "negative_tone:-0.45", "low_p_alive:0.18"), risk.reasonLabels());
    // gone_quiet saturates (7.4 > 4) -> 0.25; privacy 0.20; drop 0.2*0.8; tone 0.15*0.75; p 0.15*0.64
    assertEquals(0.25 + 0.20 + 0.16 + 0.1125 + 0.096, risk.riskScore(), 1e-12);
    assertSumsToScore(risk);
  }

  @Test
  void loudChurnerAndComplainerAreNotSilent() {
    ChurnRisk intent = scorer.score(signals(3, 7.0, -0.8, Double.NaN, List.of(), true, false, 0.9));
    assertFalse(intent.isSilent());
    assertTrue(intent.reasonLabels().contains("churn_intent:stated"));

    ChurnRisk complaint = scorer.score(signals(3, 7.0, -0.8, Double.NaN, List.of("service_failure"), false, true, 0.9));
    assertFalse(complaint.isSilent());
    assertFalse(ChurnEvaluation.isAlert(complaint));
  }

  @Test
  void quietButHappyCustomerStaysBelowHigh() {
    // Silence alone (even total) is worth at most gone_quiet + low_p_alive = 0.40 by default.
    ChurnRisk risk = scorer.score(signals(300, 30.0, 0.6, 0.01, List.of(), false, false, 0.0));
    assertEquals(0.40, risk.riskScore(), 1e-12);
    assertEquals(RiskBand.MEDIUM, risk.riskBand());
    assertTrue(risk.isSilent());
  }

  @Test
  void contentCustomerHasNoReasonsAndZeroScore() {
    ChurnRisk risk = scorer.score(signals(2, 7.0, 0.5, 0.05, List.of(), false, false, 0.95));
    assertEquals(0.0, risk.riskScore());
    assertEquals(RiskBand.LOW, risk.riskBand());
    assertTrue(risk.reasons().isEmpty());
  }

  @Test
  void trustBreachesShareTheirCap() {
    ChurnRisk risk = scorer.score(signals(0, 7.0, Double.NaN, Double.NaN,
        List.of("taken_for_granted", "data_breach", "dishonesty", "unknown_code"), false, false, 1.0));
    // cap 0.35: data_breach 0.25, then dishonesty gets the 0.10 left, taken_for_granted nothing.
    assertEquals(List.of("trust_breach:data_breach", "trust_breach:dishonesty", "trust_breach:taken_for_granted"),
        risk.reasonLabels());
    assertEquals(0.25, risk.reasons().get(0).contribution(), 1e-12);
    assertEquals(0.10, risk.reasons().get(1).contribution(), 1e-12);
    assertEquals(0.0, risk.reasons().get(2).contribution(), 1e-12);
    assertSumsToScore(risk);
  }

  @Test
  void aSettledBreachIsListedButScoresNothing() {
    CustomerSignals open = signals(0, 7.0, Double.NaN, Double.NaN, List.of("data_breach", "dishonesty"), false, false, 1.0);
    CustomerSignals settled = new CustomerSignals(open.asOf(), open.postCount(), open.firstPostDate(), open.lastPostDate(),
        open.daysSinceLastPost(), open.usualGapDays(), open.sentimentLevel(), open.sentimentSlopePerWeek(),
        open.trustThemes(), false, false, 1.0, ActivitySource.POSTS, 0, List.of("data_breach"), Double.NaN);

    ChurnRisk risk = scorer.score(settled);

    // data_breach no longer takes 0.25 of the cap, so dishonesty gets its full 0.20.
    assertEquals(List.of("trust_breach:dishonesty", "settled_breach:data_breach"), risk.reasonLabels());
    assertEquals(0.20, risk.riskScore(), 1e-12);
    assertEquals(0.35, scorer.score(open).riskScore(), 1e-12);
    assertSumsToScore(risk);
  }

  @Test
  void aFallingTrendCountsOnlyWhenItDoesNotEndPositive() {
    CustomerSignals base = signals(0, 7.0, 0.3, -0.10, List.of(), false, false, 1.0);
    assertEquals(List.of("sentiment_drop:-0.10/wk"), scorer.score(withTrendEnd(base, -0.2)).reasonLabels());
    assertEquals(List.of("sentiment_drop:-0.10/wk"), scorer.score(withTrendEnd(base, Double.NaN)).reasonLabels());
    ChurnRisk cooling = scorer.score(withTrendEnd(base, 0.1));
    assertTrue(cooling.reasons().isEmpty(), cooling.reasonLabels().toString());
    assertEquals(0.0, cooling.riskScore());
  }

  private static CustomerSignals withTrendEnd(CustomerSignals s, double end) {
    return new CustomerSignals(s.asOf(), s.postCount(), s.firstPostDate(), s.lastPostDate(), s.daysSinceLastPost(),
        s.usualGapDays(), s.sentimentLevel(), s.sentimentSlopePerWeek(), s.trustThemes(), s.churnIntentSeen(),
        s.complaintToCompanySeen(), s.pAlive(), s.activitySource(), s.daysSinceLastActivity(), s.settledThemes(), end);
  }

  @Test
  void singlePostingDayUsesTheDefaultGap() {
    ChurnRisk risk = scorer.score(signals(120, Double.NaN, Double.NaN, Double.NaN, List.of(), false, false, 1.0));
    assertEquals(List.of("gone_quiet:4.0x_default_gap"), risk.reasonLabels());
  }

  @Test
  void everythingAtOnceIsCappedAtOneAndStillSums() {
    ChurnRisk risk = scorer.score(signals(400, 5.0, -1.0, -1.0,
        List.of("data_breach", "privacy_violation"), true, true, 0.0));
    assertEquals(1.0, risk.riskScore(), 1e-12);
    assertSumsToScore(risk);
  }

  @Test
  void contributionsAlwaysSumToTheScoreAndStayInRange() {
    Random random = new Random(5);
    List<String> codes = List.copyOf(ChurnRiskConfig.defaults().trustThemeWeights().keySet()).stream().sorted().toList();
    for (int i = 0; i < 2000; i++) {
      List<String> themes = codes.stream().filter(c -> random.nextDouble() < 0.2).toList();
      CustomerSignals s = signals(random.nextInt(200), random.nextBoolean() ? Double.NaN : 1 + random.nextInt(60),
          random.nextDouble() * 2 - 1, random.nextGaussian() * 0.2, themes,
          random.nextDouble() < 0.2, random.nextDouble() < 0.2, random.nextDouble());
      ChurnRisk risk = scorer.score(s);
      assertTrue(risk.riskScore() >= 0 && risk.riskScore() <= 1);
      assertSumsToScore(risk);
      for (int k = 1; k < risk.reasons().size(); k++) {
        assertTrue(risk.reasons().get(k - 1).contribution() >= risk.reasons().get(k).contribution());
      }
    }
  }

  @Test
  void bandsFollowTheConfiguredThresholds() {
    CustomerSignals s = signals(52, 7.0, -0.45, -0.08, List.of("privacy_violation"), false, false, 0.18);
    double score = scorer.score(s).riskScore();
    ChurnRiskConfig stricter = ChurnRiskConfig.defaults().withBands(score, score + 0.01);
    assertEquals(RiskBand.MEDIUM, new ChurnRiskScorer(stricter).score(s).riskBand());
    ChurnRiskConfig looser = ChurnRiskConfig.defaults().withBands(0.1, score);
    assertEquals(RiskBand.HIGH, new ChurnRiskScorer(looser).score(s).riskBand());
  }

  private static void assertSumsToScore(ChurnRisk risk) {
    double sum = risk.reasons().stream().mapToDouble(RiskReason::contribution).sum();
    assertEquals(risk.riskScore(), sum, 1e-12);
  }

  static CustomerSignals signals(long daysSinceLast, double usualGap, double level, double slope,
      List<String> themes, boolean intent, boolean complaint, double pAlive) {
    LocalDate last = AS_OF.minusDays(daysSinceLast);
    return new CustomerSignals(AS_OF, 10, last.minusDays(100), last, daysSinceLast, usualGap, level, slope,
        themes, intent, complaint, pAlive);
  }
}
