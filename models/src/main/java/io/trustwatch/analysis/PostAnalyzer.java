package io.trustwatch.analysis;

import io.trustwatch.langid.LanguageDetector;
import io.trustwatch.langid.LanguageGuess;
import io.trustwatch.langid.OpenNlpLanguageDetector;
import io.trustwatch.privacy.PiiRedactor;
import io.trustwatch.privacy.Redaction;
import io.trustwatch.sentiment.LinearSentimentScorer;
import io.trustwatch.sentiment.SentimentResult;
import io.trustwatch.sentiment.SentimentScorer;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import io.trustwatch.themes.LexiconThemeTagger;
import io.trustwatch.themes.ThemeResult;
import io.trustwatch.themes.ThemeTagger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Analyses one post end to end, in the order privacy demands: redact first, so no later step
 * (and no stored evidence) ever sees the raw PII; then detect the language on the redacted text,
 * tokenise, score sentiment, and tag themes with the sentiment as their frame.
 *
 * <p>Thread-safe. {@link #shared()} loads the shipped models once per JVM (per Spark executor),
 * never per row or per partition.
 */
public final class PostAnalyzer {

  /** The language detector's model: OpenNLP's published language-detection model, narrowed by script. */
  static final String LANGID_MODEL = "opennlp-langdetect-183+script";

  private final PiiRedactor redactor;
  private final LanguageDetector detector;
  private final TextNormaliser normaliser;
  private final SentimentScorer sentiment;
  private final ThemeTagger themes;

  public PostAnalyzer(PiiRedactor redactor, LanguageDetector detector, TextNormaliser normaliser,
      SentimentScorer sentiment, ThemeTagger themes) {
    this.redactor = redactor;
    this.detector = detector;
    this.normaliser = normaliser;
    this.sentiment = sentiment;
    this.themes = themes;
  }

  /** The JVM-wide analyser over the shipped models, detecting among the default candidate languages. */
  public static PostAnalyzer shared() {
    return Holder.INSTANCE;
  }

  /**
   * The JVM-wide analyser whose language detector chooses only among {@code candidates} (a deployment
   * for Turkey and Indonesia need not consider Azerbaijani or Malay). One per candidate set per JVM;
   * the sentiment models and lexicons are shared by all of them.
   */
  public static PostAnalyzer forLanguages(Set<String> candidates) {
    if (candidates == null || candidates.isEmpty() || candidates.equals(OpenNlpLanguageDetector.DEV_LANGUAGES)) {
      return shared();
    }
    return BY_CANDIDATES.computeIfAbsent(Set.copyOf(candidates), c -> new PostAnalyzer(new PiiRedactor(),
        new OpenNlpLanguageDetector(c), new LuceneTextNormaliser(), LinearSentimentScorer.shipped(),
        LexiconThemeTagger.shared()));
  }

  private static final Map<Set<String>, PostAnalyzer> BY_CANDIDATES = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param langHint the source's language hint, used only as a prior; may be null */
  public PostAnalysis analyze(String text, String langHint) {
    Redaction redaction = redactor.redact(text == null ? "" : text);
    String redacted = redaction.text();
    LanguageGuess language = detector.detect(redacted, langHint);
    List<Token> tokens = normaliser.tokens(redacted, language.lang());
    SentimentResult score = sentiment.score(redacted, tokens, language.lang());
    ThemeResult tagged = themes.tag(redacted, tokens, language.lang(), score.score());
    int words = 0;
    int emoji = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.HASHTAG) words++;
      if (t.kind() == Token.Kind.EMOJI || t.kind() == Token.Kind.EMOTICON) emoji++;
    }
    Map<String, Integer> redactions = new TreeMap<>();
    redaction.counts().forEach((kind, n) -> redactions.put(kind.name(), n));
    return new PostAnalysis(redacted, redactions, language, tokens.size(), words, emoji, score, tagged);
  }

  /** Model and lexicon versions of the shipped analyser, recorded with every enrich run. */
  public Map<String, String> versions() {
    Map<String, String> v = new TreeMap<>();
    v.put("langid", LANGID_MODEL);
    if (sentiment instanceof LinearSentimentScorer linear) {
      linear.models().forEach((lang, model) -> v.put("sentiment." + lang, model.modelId()));
    }
    if (themes instanceof LexiconThemeTagger lexicon) {
      lexicon.versions().forEach((lang, version) -> v.put("themes." + lang, version));
    }
    return v;
  }

  // Initialised on first use, so a JVM that never analyses a post never loads the models.
  private static final class Holder {
    private static final PostAnalyzer INSTANCE = load();

    private static PostAnalyzer load() {
      return new PostAnalyzer(new PiiRedactor(), new OpenNlpLanguageDetector(), new LuceneTextNormaliser(),
          LinearSentimentScorer.shipped(), LexiconThemeTagger.shared());
    }
  }
}
