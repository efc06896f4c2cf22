package io.trustwatch.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.trustwatch.text.Languages;
import io.trustwatch.text.Token;
import java.util.List;
import java.util.Properties;

/**
 * Opt-in English "deep mode": Stanford CoreNLP's recursive sentiment model, run per sentence on a
 * binarised PCFG parse and aggregated to the post. About 19 sentences/s per core, so never the
 * default path. Needs CoreNLP and its {@code models} jar on the classpath (optional dependencies of
 * this module). The pipeline is built once per JVM; CoreNLP's annotators may be shared across threads.
 *
 * <p>Aggregation: each sentence's five-class distribution (very negative .. very positive) is
 * weighted by its token count and averaged; negative = very negative + negative, positive = positive +
 * very positive.
 */
public final class CoreNlpSentimentScorer implements SentimentScorer {

  public static final String MODEL_ID = "sentiment-corenlp-4.5.10-en";

  private static final class Pipeline {
    static final StanfordCoreNLP INSTANCE = build();

    private static StanfordCoreNLP build() {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
      props.setProperty("parse.binaryTrees", "true");
      props.setProperty("tokenize.language", "en");
      return new StanfordCoreNLP(props);
    }
  }

  @Override
  public SentimentResult score(String text, List<Token> tokens, String lang) {
    if (text == null || text.isBlank()) {
      return SentimentResult.notScored(SentimentResult.NO_TEXT, MODEL_ID);
    }
    if (!Languages.ENGLISH.equals(lang)) {
      return SentimentResult.notScored(SentimentResult.UNSUPPORTED_LANGUAGE, MODEL_ID);
    }
    if (tokens.stream().noneMatch(SentimentFeatures::isContent)) {
      return SentimentResult.notScored(SentimentResult.TOO_SHORT, MODEL_ID);
    }
    Annotation doc = new Annotation(text);
    Pipeline.INSTANCE.annotate(doc);
    double[] fiveClass = new double[5];
    double totalWeight = 0;
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      List<Double> p = RNNCoreAnnotations.getPredictionsAsStringList(tree);
      double weight = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      for (int k = 0; k < 5; k++) {
        fiveClass[k] += weight * p.get(k);
      }
      totalWeight += weight;
    }
    if (totalWeight == 0) {
      return SentimentResult.notScored(SentimentResult.TOO_SHORT, MODEL_ID);
    }
    double[] p = new double[SentimentLabel.values().length];
    p[SentimentLabel.NEGATIVE.ordinal()] = (fiveClass[0] + fiveClass[1]) / totalWeight;
    p[SentimentLabel.NEUTRAL.ordinal()] = fiveClass[2] / totalWeight;
    p[SentimentLabel.POSITIVE.ordinal()] = (fiveClass[3] + fiveClass[4]) / totalWeight;
    return LinearSentimentScorer.toResult(p, MODEL_ID);
  }
}
