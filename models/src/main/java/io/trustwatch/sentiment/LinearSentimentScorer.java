package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import io.trustwatch.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The default, fast sentiment scorer: one {@link LinearSentimentModel} per language. Thread-safe; the
 * shipped models are loaded once per JVM ({@link #shipped()}) and shared by every task.
 */
public final class LinearSentimentScorer implements SentimentScorer {

  /** Classpath folder of the shipped models, one {@code <lang>.sentiment.gz} per language. */
  public static final String RESOURCE_DIR = "/io/trustwatch/sentiment/";
  public static final String FILE_SUFFIX = ".sentiment.gz";
  /** Reported as the model id when no model serves the post's language. */
  public static final String NO_MODEL = "none";

  private final Map<String, LinearSentimentModel> models;

  public LinearSentimentScorer(Map<String, LinearSentimentModel> models) {
    this.models = Collections.unmodifiableMap(new TreeMap<>(models));
  }

  /** The models shipped in this jar, loaded on first use and then shared. */
  public static LinearSentimentScorer shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final LinearSentimentScorer INSTANCE = loadFromClasspath();
  }

  static LinearSentimentScorer loadFromClasspath() {
    Map<String, LinearSentimentModel> models = new TreeMap<>();
    for (String lang : Languages.FIRST_CLASS) {
      try (InputStream in = LinearSentimentScorer.class.getResourceAsStream(RESOURCE_DIR + lang + FILE_SUFFIX)) {
        if (in != null) {
          models.put(lang, LinearSentimentModel.load(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the shipped sentiment model for " + lang, e);
      }
    }
    return new LinearSentimentScorer(models);
  }

  /** Loads every {@code <lang>.sentiment.gz} in a directory (e.g. models retrained on your own data). */
  public static LinearSentimentScorer load(Path dir) throws IOException {
    Map<String, LinearSentimentModel> models = new TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(FILE_SUFFIX)) {
          try (InputStream in = Files.newInputStream(f)) {
            LinearSentimentModel m = LinearSentimentModel.load(in);
            models.put(m.lang(), m);
          }
        }
      }
    }
    return new LinearSentimentScorer(models);
  }

  public Map<String, LinearSentimentModel> models() {
    return models;
  }

  @Override
  public SentimentResult score(String text, List<Token> tokens, String lang) {
    LinearSentimentModel model = lang == null ? null : models.get(lang);
    String modelId = model == null ? NO_MODEL : model.modelId();
    if (text == null || text.isBlank()) {
      return SentimentResult.notScored(SentimentResult.NO_TEXT, modelId);
    }
    if (model == null) {
      return SentimentResult.notScored(SentimentResult.UNSUPPORTED_LANGUAGE, modelId);
    }
    if (tokens.stream().noneMatch(SentimentFeatures::isContent)) {
      return SentimentResult.notScored(SentimentResult.TOO_SHORT, modelId);
    }
    return toResult(model.probabilities(tokens), modelId);
  }

  /** Picks the most probable class (lowest ordinal on exact ties, so the choice is deterministic). */
  static SentimentResult toResult(double[] p, String modelId) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    double score = p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
    return SentimentResult.scored(SentimentLabel.values()[best], score, p[best], modelId);
  }
}
