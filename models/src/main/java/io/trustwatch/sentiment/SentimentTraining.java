package io.trustwatch.sentiment;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code train sentiment} command: for each language, reads {@code <data>/<lang>/train.tsv}, picks
 * the feature set, C and class weighting by cross-validated macro-F1 on the training rows only, trains
 * the final model on all of them and writes {@code <out>/<lang>.sentiment.gz}. When
 * {@code <data>/<lang>/dev.tsv} exists, the model's dev figures are reported too (never used for choices).
 * Writes everything it measured to {@code <out>/<lang>.metrics.json} (one file per language, so
 * retraining one language leaves the others' figures alone).
 */
public final class SentimentTraining {

  public static final String METRICS_SUFFIX = ".metrics.json";

  private SentimentTraining() {}

  public static void run(Path dataDir, Path outDir, List<String> langs, PrintStream out) throws IOException {
    TextNormaliser normaliser = new LuceneTextNormaliser();
    Files.createDirectories(outDir);
    for (String lang : langs) {
      Path train = dataDir.resolve(lang).resolve("train.tsv");
      long t0 = System.nanoTime();
      List<SentimentSample> samples = SentimentTsv.read(train, lang, normaliser);
      LinearSentimentTrainer.Tuning tuning = LinearSentimentTrainer.tune(lang, samples,
          List.of(FeatureSettings.PLAIN, FeatureSettings.WITH_CUES));
      LinearSentimentModel model = LinearSentimentTrainer.train(lang, samples, tuning.best().config());
      Path file = outDir.resolve(lang + LinearSentimentScorer.FILE_SUFFIX);
      try (OutputStream o = Files.newOutputStream(file)) {
        model.save(o);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "%s: %d rows, chose %s (CV macro-F1 %.4f), %s, %.0f s%n", lang, samples.size(),
          tuning.best().config().describe(), tuning.best().cvMacroF1(), model.modelId(), seconds);
      SentimentMetrics dev = null;
      Path devFile = dataDir.resolve(lang).resolve("dev.tsv");
      if (Files.exists(devFile)) {
        dev = SentimentEvaluator.evaluate(new LinearSentimentScorer(java.util.Map.of(lang, model)), lang,
            SentimentTsv.read(devFile, lang, normaliser));
        out.printf(Locale.ROOT, "%s: dev accuracy %.4f, macro-F1 %.4f (n=%d)%n", lang, dev.accuracy(), dev.macroF1(), dev.n());
      }
      Files.writeString(outDir.resolve(lang + METRICS_SUFFIX),
          json(lang, samples.size(), model, tuning, dev, Files.size(file)) + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String json(String lang, int rows, LinearSentimentModel model, LinearSentimentTrainer.Tuning tuning,
                             SentimentMetrics dev, long bytes) {
    StringBuilder b = new StringBuilder();
    b.append("{\"lang\": \"").append(lang).append("\", \"train_rows\": ").append(rows)
        .append(", \"model_id\": \"").append(model.modelId()).append("\", \"model_bytes\": ").append(bytes)
        .append(",\n \"chosen\": ").append(configJson(tuning.best()))
        .append(",\n \"cv_folds\": ").append(LinearSentimentTrainer.FOLDS);
    if (dev != null) {
      b.append(String.format(Locale.ROOT, ",\n \"dev\": {\"n\": %d, \"accuracy\": %.4f, \"macro_f1\": %.4f}",
          dev.n(), dev.accuracy(), dev.macroF1()));
    }
    b.append(",\n \"grid\": [");
    for (int i = 0; i < tuning.grid().size(); i++) {
      b.append(i == 0 ? "\n   " : ",\n   ").append(configJson(tuning.grid().get(i)));
    }
    return b.append("]}").toString();
  }

  private static String configJson(LinearSentimentTrainer.Scored s) {
    LinearSentimentTrainer.Config c = s.config();
    return String.format(Locale.ROOT,
        "{\"features\": \"%s\", \"c\": %s, \"class_weights\": \"%s\", \"cv_macro_f1\": %.4f}",
        c.features().describe(), c.c(), c.balanced() ? "balanced" : "none", s.cvMacroF1());
  }

  /** {@code SentimentTraining --data DIR --out DIR [--langs en,ar,...]} */
  public static void main(String[] args) throws IOException {
    CommandArgs a = CommandArgs.parse(args);
    run(a.path("--data"), a.path("--out"), a.langs(), System.out);
  }
}
