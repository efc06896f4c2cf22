package io.trustwatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearSentimentTrainerTest {

  private static final TextNormaliser NORMALISER = new LuceneTextNormaliser();
  private static final LinearSentimentTrainer.Config CUES =
      new LinearSentimentTrainer.Config(new FeatureSettings(16, true), 4, true);

  private static List<SentimentSample> samples;

  @BeforeAll
  static void readFixture() throws IOException, URISyntaxException {
    Path tsv = Path.of(LinearSentimentTrainerTest.class.getResource("/LinearSentimentTrainerTest/train.tsv").toURI());
    samples = SentimentTsv.read(tsv, "en", NORMALISER);
  }

  private static SentimentResult score(LinearSentimentModel model, String text) {
    return new LinearSentimentScorer(java.util.Map.of("en", model)).score(text, NORMALISER.tokens(text, "en"), "en");
  }

  @Test
  void savedModelLoadsAndScoresExactlyAsTrained() throws IOException {
    LinearSentimentModel trained = LinearSentimentTrainer.train("en", samples, CUES);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.save(bytes);
    LinearSentimentModel loaded = LinearSentimentModel.load(new ByteArrayInputStream(bytes.toByteArray()));

    assertEquals(trained.modelId(), loaded.modelId());
    assertEquals(trained.settings(), loaded.settings());
    for (SentimentSample s : samples) {
      assertArrayEquals(trained.probabilities(s.tokens()), loaded.probabilities(s.tokens()), 0.0, s.text());
    }
  }

  @Test
  void trainingTwiceGivesTheSameModel() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    LinearSentimentTrainer.train("en", samples, CUES).save(first);
    LinearSentimentTrainer.train("en", samples, CUES).save(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
  }

  @Test
  void fittedModelSeparatesItsTrainingClasses() {
    LinearSentimentModel model = LinearSentimentTrainer.train("en", samples, CUES);
    SentimentEvaluator eval = new SentimentEvaluator();
    for (SentimentSample s : samples) {
      eval.add(s.label(), score(model, s.text()).label());
    }
    assertTrue(eval.metrics().accuracy() > 0.9, "training accuracy " + eval.metrics().accuracy());
  }

  @Test
  void negationFlipsPolarity() {
    LinearSentimentModel model = LinearSentimentTrainer.train("en", samples, CUES);
    SentimentResult good = score(model, "the coffee was good");
    SentimentResult notGood = score(model, "the coffee was not good");
    assertEquals(SentimentLabel.POSITIVE, good.label());
    assertEquals(SentimentLabel.NEGATIVE, notGood.label());
    assertTrue(good.score() > 0 && notGood.score() < 0, good + " vs " + notGood);
  }

  @Test
  void scoresStayInRange() {
    LinearSentimentModel model = LinearSentimentTrainer.train("en", samples, CUES);
    for (String text : List.of("good good good great love", "terrible awful hate not good", "the shop opens")) {
      SentimentResult r = score(model, text);
      assertTrue(r.score() >= -1 && r.score() <= 1, r.toString());
      assertTrue(r.confidence() >= 1 / 3.0 && r.confidence() <= 1, r.toString());
    }
  }

  @Test
  void tuningReportsEveryGridPointAndPrefersPlainFeaturesUnlessCuesClearlyWin() {
    LinearSentimentTrainer.Tuning tuning =
        LinearSentimentTrainer.tune("en", samples, List.of(FeatureSettings.PLAIN, FeatureSettings.WITH_CUES));
    assertEquals(2 * LinearSentimentTrainer.C_GRID.length, tuning.grid().size());
    double bestPlain = bestOf(tuning, false);
    double bestCues = bestOf(tuning, true);
    boolean cuesWin = bestCues >= bestPlain + LinearSentimentTrainer.RICHER_FEATURES_MARGIN;
    assertEquals(cuesWin, tuning.best().config().features().cues());
    assertEquals(cuesWin ? bestCues : bestPlain, tuning.best().cvMacroF1());
  }

  private static double bestOf(LinearSentimentTrainer.Tuning tuning, boolean cues) {
    return tuning.grid().stream().filter(s -> s.config().features().cues() == cues)
        .mapToDouble(LinearSentimentTrainer.Scored::cvMacroF1).max().orElseThrow();
  }
}
