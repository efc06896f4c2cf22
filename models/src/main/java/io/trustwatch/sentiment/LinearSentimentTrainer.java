package io.trustwatch.sentiment;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Trains {@link LinearSentimentModel}s: hashed TF-IDF features, L2-regularised logistic regression
 * (liblinear), and a grid search over feature set, C and class weighting scored by macro-F1 in
 * k-fold cross-validation on the training samples only.
 */
public final class LinearSentimentTrainer {

  /** Inverse regularisation strengths tried in cross-validation. */
  public static final double[] C_GRID = {2, 8, 32};
  public static final int FOLDS = 3;
  /**
   * Cross-validation runs on at most this many training rows (an evenly spaced, deterministic subset),
   * which keeps tuning to minutes on a shared 2-core machine; the final model is trained on every row.
   */
  public static final int MAX_TUNING_ROWS = 8000;
  /**
   * Minimum CV macro-F1 gain for the richer feature set to be preferred. Added after Arabic, where the
   * cue features led by 0.002 in CV and then trailed the plain ones on dev: gains that small are noise.
   */
  public static final double RICHER_FEATURES_MARGIN = 0.005;
  /** Class weightings tried; see the model cards for why only balanced weights are searched by default. */
  private static final boolean[] WEIGHTINGS = {true};
  private static final long SEED = 13;
  private static final double EPSILON = 0.1;

  /**
   * One grid point and its cross-validated score.
   *
   * @param balanced class weights inversely proportional to class frequency (helps macro-F1 on rare classes)
   */
  public record Config(FeatureSettings features, double c, boolean balanced) {
    public String describe() {
      return features.describe() + " C=" + c + (balanced ? " balanced" : " unweighted");
    }
  }

  public record Scored(Config config, double cvMacroF1) {}

  /** Grid-search result: every point tried (in grid order) and the best one (first on ties). */
  public record Tuning(List<Scored> grid, Scored best) {}

  static {
    Linear.disableDebugOutput();
  }

  private LinearSentimentTrainer() {}

  public static LinearSentimentModel train(String lang, List<SentimentSample> samples, Config config) {
    Featurised data = featurise(lang, samples, config.features());
    Model model = Linear.train(data.problem(), parameter(config, data.problem()));
    return toModel(lang, config.features(), data.tfIdf(), model);
  }

  /**
   * Cross-validates every combination of the given feature sets, {@link #C_GRID} and class weighting.
   * Feature sets are listed simplest first; a later (richer) one is chosen only when its best CV
   * macro-F1 beats the best of every simpler one by at least {@link #RICHER_FEATURES_MARGIN}.
   */
  public static Tuning tune(String lang, List<SentimentSample> samples, List<FeatureSettings> featureSets) {
    List<SentimentSample> tuningRows = evenlySpaced(samples, MAX_TUNING_ROWS);
    List<Scored> grid = new ArrayList<>();
    Scored best = null;
    for (FeatureSettings fs : featureSets) {
      Featurised data = featurise(lang, tuningRows, fs);
      Scored bestOfSet = null;
      for (boolean balanced : WEIGHTINGS) {
        for (double c : C_GRID) {
          Config config = new Config(fs, c, balanced);
          Scored s = new Scored(config, crossValidatedMacroF1(data.problem(), parameter(config, data.problem())));
          grid.add(s);
          if (bestOfSet == null || s.cvMacroF1() > bestOfSet.cvMacroF1()) {
            bestOfSet = s;
          }
        }
      }
      if (best == null || bestOfSet.cvMacroF1() >= best.cvMacroF1() + RICHER_FEATURES_MARGIN) {
        best = bestOfSet;
      }
    }
    return new Tuning(grid, best);
  }

  static <T> List<T> evenlySpaced(List<T> rows, int max) {
    if (rows.size() <= max) {
      return rows;
    }
    List<T> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(rows.get((int) ((long) i * rows.size() / max)));
    }
    return out;
  }

  private static double crossValidatedMacroF1(Problem problem, Parameter parameter) {
    double[] predicted = new double[problem.l];
    Linear.resetRandom();
    Linear.crossValidation(problem, parameter, FOLDS, predicted);
    SentimentEvaluator eval = new SentimentEvaluator();
    SentimentLabel[] labels = SentimentLabel.values();
    for (int i = 0; i < problem.l; i++) {
      eval.add(labels[(int) problem.y[i]], labels[(int) predicted[i]]);
    }
    return eval.metrics().macroF1();
  }

  private record Featurised(Problem problem, TfIdf tfIdf) {}

  private static Featurised featurise(String lang, List<SentimentSample> samples, FeatureSettings fs) {
    SentimentFeatures features = new SentimentFeatures(lang, fs);
    List<SparseCounts> counts = new ArrayList<>(samples.size());
    for (SentimentSample s : samples) {
      counts.add(features.counts(s.tokens()));
    }
    TfIdf tfIdf = TfIdf.fit(counts, fs.dimensions());
    int biasIndex = fs.dimensions() + 1;
    Problem p = new Problem();
    p.l = samples.size();
    p.n = biasIndex;
    p.bias = -1; // the bias is an explicit constant feature (index dimensions + 1), see LinearSentimentModel
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      SparseVector v = tfIdf.transform(counts.get(i));
      Feature[] row = new Feature[v.indices().length + 1];
      for (int j = 0; j < v.indices().length; j++) {
        row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
      }
      Arrays.sort(row, 0, row.length - 1, Comparator.comparingInt(Feature::getIndex)); // liblinear wants ascending indices
      row[row.length - 1] = new FeatureNode(biasIndex, 1);
      p.x[i] = row;
      p.y[i] = samples.get(i).label().ordinal();
    }
    return new Featurised(p, tfIdf);
  }

  private static Parameter parameter(Config config, Problem problem) {
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, config.c(), EPSILON);
    parameter.setRandom(new Random(SEED));
    if (config.balanced()) {
      int[] counts = new int[SentimentLabel.values().length];
      for (double y : problem.y) {
        counts[(int) y]++;
      }
      int present = 0;
      for (int c : counts) {
        if (c > 0) present++;
      }
      List<Integer> labels = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] > 0) {
          labels.add(k);
          weights.add(problem.l / (double) (present * counts[k]));
        }
      }
      parameter.setWeights(weights.stream().mapToDouble(Double::doubleValue).toArray(),
          labels.stream().mapToInt(Integer::intValue).toArray());
    }
    return parameter;
  }

  private static LinearSentimentModel toModel(String lang, FeatureSettings fs, TfIdf tfIdf, Model model) {
    int[] ll = model.getLabels();
    SentimentLabel[] labels = new SentimentLabel[ll.length];
    for (int k = 0; k < ll.length; k++) {
      labels[k] = SentimentLabel.values()[ll[k]];
    }
    double[] w = model.getFeatureWeights();
    float[] weights = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      weights[i] = (float) w[i];
    }
    return new LinearSentimentModel(lang, fs, tfIdf.idf(fs.dimensions()), labels, weights);
  }
}
