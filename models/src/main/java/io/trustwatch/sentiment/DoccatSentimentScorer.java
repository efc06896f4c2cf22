package io.trustwatch.sentiment;

import io.trustwatch.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Candidate model for comparison: OpenNLP's maxent {@link DocumentCategorizerME} over the normaliser's
 * {@code norm} forms, with word unigram, word bigram and char 3-4-gram features. Trained in memory by
 * {@link SentimentEvaluation}; it is not the shipped default (see the model cards for why).
 */
public final class DoccatSentimentScorer implements SentimentScorer {

  private static final int ITERATIONS = 100;
  private static final int CUTOFF = 2;

  static {
    // OpenNLP re-instantiates feature generators by class name and only from packages it was told to trust.
    ExtensionLoader.registerAllowedPackage(DoccatCharNGrams.class.getPackageName());
  }

  private final String lang;
  private final DoccatModel model;
  private final String modelId;

  private DoccatSentimentScorer(String lang, DoccatModel model) {
    this.lang = lang;
    this.model = model;
    this.modelId = "sentiment-doccat-maxent-" + lang;
  }

  public static DoccatSentimentScorer train(String lang, List<SentimentSample> samples) throws IOException {
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    for (SentimentSample s : samples) {
      docs.add(new DocumentSample(s.label().code(), words(s.tokens())));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new DoccatCharNGrams()});
    return new DoccatSentimentScorer(lang,
        DocumentCategorizerME.train(lang, ObjectStreamUtils.createObjectStream(docs), params, factory));
  }

  @Override
  public SentimentResult score(String text, List<Token> tokens, String lang) {
    if (text == null || text.isBlank()) {
      return SentimentResult.notScored(SentimentResult.NO_TEXT, modelId);
    }
    if (!this.lang.equals(lang)) {
      return SentimentResult.notScored(SentimentResult.UNSUPPORTED_LANGUAGE, modelId);
    }
    if (tokens.stream().noneMatch(SentimentFeatures::isContent)) {
      return SentimentResult.notScored(SentimentResult.TOO_SHORT, modelId);
    }
    // DocumentCategorizerME keeps per-call state, so a fresh one per call keeps this scorer thread-safe.
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] outcomes = categorizer.categorize(words(tokens));
    double[] p = new double[SentimentLabel.values().length];
    for (int i = 0; i < outcomes.length; i++) {
      p[SentimentLabel.fromCode(categorizer.getCategory(i)).ordinal()] = outcomes[i];
    }
    return LinearSentimentScorer.toResult(p, modelId);
  }

  private static String[] words(List<Token> tokens) {
    return tokens.stream().filter(t -> t.kind() != Token.Kind.PUNCT).map(Token::norm).toArray(String[]::new);
  }
}
