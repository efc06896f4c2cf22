package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posts in, explained risk out: the path the weekly churn job runs per customer. */
class SilentChurnEndToEndTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private final CustomerSignalsExtractor extractor =
      new CustomerSignalsExtractor(new BgNbdModel(BgNbdParameters.PAPER_CDNOW_WEEKS));
  private final ChurnRiskScorer scorer = new ChurnRiskScorer();

  @Test
  void souredCustomerWhoStopsPostingPubliclyIsASilentHighRisk() {
    ChurnRisk risk = scorer.score(extractor.extract(souringThenQuiet("review", false), AS_OF));
    assertTrue(risk.isSilent());
    assertEquals(RiskBand.HIGH, risk.riskBand());
    assertTrue(ChurnEvaluation.isAlert(risk));
    assertTrue(risk.reasonLabels().contains("trust_breach:broken_promise"), risk.reasonLabels().toString());
    assertTrue(risk.reasonLabels().stream().anyMatch(l -> l.startsWith("gone_quiet:")));
  }

  @Test
  void theSameStoryToldToSupportIsNotSilent() {
    ChurnRisk risk = scorer.score(extractor.extract(souringThenQuiet("support_ticket", false), AS_OF));
    assertFalse(risk.isSilent());
    assertEquals(RiskBand.HIGH, risk.riskBand());
    assertFalse(ChurnEvaluation.isAlert(risk));
  }

  @Test
  void statedIntentIsLoudNotSilent() {
    ChurnRisk risk = scorer.score(extractor.extract(souringThenQuiet("review", true), AS_OF));
    assertFalse(risk.isSilent());
    assertEquals("churn_intent", risk.reasons().get(0).code());
  }

  @Test
  void extractorAndScorerSurviveJavaSerialisationAsSparkShipsThem() throws Exception {
    List<CustomerPost> posts = souringThenQuiet("review", false);
    CustomerSignalsExtractor shippedExtractor = roundTrip(extractor);
    ChurnRiskScorer shippedScorer = roundTrip(scorer);
    assertEquals(scorer.score(extractor.extract(posts, AS_OF)),
        shippedScorer.score(shippedExtractor.extract(posts, AS_OF)));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** Weekly posts for 10 weeks, tone falling from +0.5 to -0.7, a broken promise at the end, then 7 weeks of silence. */
  private static List<CustomerPost> souringThenQuiet(String lastChannel, boolean statesIntent) {
    List<CustomerPost> posts = new ArrayList<>();
    LocalDate last = AS_OF.minusDays(49);
    for (int i = 9; i >= 0; i--) {
      double tone = -0.7 + 0.12 * i;
      boolean isLast = i == 0;
      posts.add(new CustomerPost(last.minusDays(7L * i), tone,
          isLast ? List.of("broken_promise") : List.of(), isLast && statesIntent, isLast ? lastChannel : "review"));
    }
    return posts;
  }
}
