package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code evaluate sentiment} command: for each language with {@code <data>/<lang>/train.tsv} and
 * {@code dev.tsv}, trains the comparison candidates on train and prints dev accuracy and macro-F1 for
 * <ol>
 *   <li>OpenNLP doccat (maxent) over the normaliser's tokens, word + char n-grams;</li>
 *   <li>the baseline: TF-IDF + logistic regression, word 1-2-grams + char 2-5-grams, C (and class
 *       weighting) tuned by cross-validation on train;</li>
 *   <li>the shipped default model of this jar (the same recipe with the review cues, whichever of
 *       the two won cross-validation at training time);</li>
 *   <li>for English, optionally, CoreNLP's sentiment annotator on the first {@code coreNlpRows} dev rows
 *       (with the shipped default on the same rows for comparison).</li>
 * </ol>
 * Scoring speed (posts/s, one thread, tokens precomputed) is printed too.
 */
public final class SentimentEvaluation {

  private SentimentEvaluation() {}

  public static void run(Path dataDir, PrintStream out) throws IOException {
    run(dataDir, Languages.FIRST_CLASS, 0, out);
  }

  public static void run(Path dataDir, List<String> langs, int coreNlpRows, PrintStream out) throws IOException {
    TextNormaliser normaliser = new LuceneTextNormaliser();
    out.println("lang | candidate | config | dev n | accuracy | macro-F1 | F1 neg/neu/pos | posts/s (1 thread, scoring only)");
    for (String lang : langs) {
      Path train = dataDir.resolve(lang).resolve("train.tsv");
      Path dev = dataDir.resolve(lang).resolve("dev.tsv");
      if (!Files.exists(train) || !Files.exists(dev)) {
        continue;
      }
      List<SentimentSample> trainSamples = SentimentTsv.read(train, lang, normaliser);
      List<SentimentSample> devSamples = SentimentTsv.read(dev, lang, normaliser);

      print(out, lang, "opennlp-doccat-maxent", "norm words 1-2 + char 3-4, cutoff 2, 100 it",
          DoccatSentimentScorer.train(lang, trainSamples), devSamples);

      LinearSentimentTrainer.Tuning baseline =
          LinearSentimentTrainer.tune(lang, trainSamples, List.of(FeatureSettings.PLAIN));
      LinearSentimentModel baselineModel = LinearSentimentTrainer.train(lang, trainSamples, baseline.best().config());
      print(out, lang, "baseline tfidf+LR", baseline.best().config().describe(),
          new LinearSentimentScorer(java.util.Map.of(lang, baselineModel)), devSamples);

      LinearSentimentModel shipped = LinearSentimentScorer.shipped().models().get(lang);
      if (shipped != null) {
        print(out, lang, "DEFAULT " + shipped.modelId(), shipped.settings().describe(),
            LinearSentimentScorer.shipped(), devSamples);
      }
      if (Languages.ENGLISH.equals(lang) && coreNlpRows > 0) {
        List<SentimentSample> subset = devSamples.subList(0, Math.min(coreNlpRows, devSamples.size()));
        print(out, lang, "corenlp-sentiment", "first " + subset.size() + " dev rows, sentence-weighted mean",
            new CoreNlpSentimentScorer(), subset);
        print(out, lang, "DEFAULT (same rows)", "first " + subset.size() + " dev rows",
            LinearSentimentScorer.shipped(), subset);
      }
    }
  }

  private static void print(PrintStream out, String lang, String candidate, String config, SentimentScorer scorer,
                            List<SentimentSample> samples) {
    long t0 = System.nanoTime();
    SentimentMetrics m = SentimentEvaluator.evaluate(scorer, lang, samples);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "%s | %s | %s | %d | %.4f | %.4f | %.2f/%.2f/%.2f | %.0f%n", lang, candidate, config,
        m.n(), m.accuracy(), m.macroF1(), m.f1()[0], m.f1()[1], m.f1()[2], m.n() / seconds);
    out.flush();
  }

  /** {@code SentimentEvaluation --data DIR [--langs en,ar,...] [--corenlp-rows N]} */
  public static void main(String[] args) throws IOException {
    CommandArgs a = CommandArgs.parse(args);
    run(a.path("--data"), a.langs(), a.intValue("--corenlp-rows", 0), System.out);
  }
}
