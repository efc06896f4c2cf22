package io.trustwatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.text.LuceneTextNormaliser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentTrainingTest {

  @Test
  void trainCommandWritesLoadableModelsAndMetrics(@TempDir Path out) throws Exception {
    Path data = Path.of(SentimentTrainingTest.class.getResource("/SentimentTrainingTest").toURI());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SentimentTraining.run(data, out, List.of("en"), new PrintStream(log, true, StandardCharsets.UTF_8));

    assertTrue(Files.exists(out.resolve("en" + LinearSentimentScorer.FILE_SUFFIX)));
    String metrics = Files.readString(out.resolve("en" + SentimentTraining.METRICS_SUFFIX));
    assertTrue(metrics.contains("\"lang\": \"en\"") && metrics.contains("\"dev\""), metrics);
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("en: dev accuracy"));

    LinearSentimentScorer scorer = LinearSentimentScorer.load(out);
    assertEquals(List.of("en"), List.copyOf(scorer.models().keySet()));
    LuceneTextNormaliser normaliser = new LuceneTextNormaliser();
    String text = "good coffee, good staff";
    assertEquals(SentimentLabel.POSITIVE, scorer.score(text, normaliser.tokens(text, "en"), "en").label());
  }
}
