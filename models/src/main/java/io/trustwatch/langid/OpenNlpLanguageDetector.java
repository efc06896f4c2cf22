package io.trustwatch.langid;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Language detection for short social posts on top of OpenNLP's character n-gram model.
 *
 * <p>OpenNLP alone is reliable on sentences and weak on short texts, where its 103 languages all
 * score nearly alike. This detector narrows the choice before trusting the n-grams:
 * <ol>
 *   <li>the text is reduced to its words ({@link TextEvidence}); no letters means {@code und};</li>
 *   <li>only candidates written in the text's dominant script stay in the race; a script that one
 *       candidate alone writes decides outright;</li>
 *   <li>OpenNLP's log-probabilities, sharpened, are summed with letter evidence ({@link Alphabets}:
 *       letters a language lacks, marker letters it should show), word evidence (the first-class
 *       {@link CommonWords} derived from training text, the hand-written {@link DistinctiveWords}
 *       of close pairs) and the hint's prior;</li>
 *   <li>the winner's share of the softmax is the confidence; below {@link #MIN_CONFIDENCE} the
 *       answer is {@code und}.</li>
 * </ol>
 *
 * <p>Thread-safe: the model is shared and only read; the detector builds OpenNLP's features itself
 * (not through {@code LanguageDetectorME}, which is not thread-safe) in a per-thread buffer.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

  /** The 15 languages of the development data: first-class plus their confusable neighbours. */
  public static final Set<String> DEV_LANGUAGES =
      Set.of("en", "ar", "ru", "tr", "id", "fa", "ur", "uk", "bg", "az", "ms", "es", "pt", "de", "fr");

  /** OpenNLP's log-probabilities differ by little on short texts; scaling makes the softmax decisive. */
  static final double OPENNLP_WEIGHT = 60.0;
  /** Log-odds against a language per letter its alphabet lacks. */
  static final double FOREIGN_LETTER_PENALTY = 3.0;
  /** Prior log-odds in favour of the hinted language: tips a close call, never outweighs clear text. */
  static final double HINT_LOG_ODDS = 1.5;
  /** Log-odds for a language per word of the text on its common-words list. */
  static final double COMMON_WORD_LOG_ODDS = 2.0;
  /** Log-odds for a language per word of the text that sets it apart from its neighbour. */
  static final double DISTINCTIVE_WORD_LOG_ODDS = 2.0;
  /** Below this share of the probability mass the detector says {@code und} instead of guessing. */
  static final double MIN_CONFIDENCE = 0.2;
  /** Fewer letters than this carry no usable evidence. */
  static final int MIN_LETTERS = 2;

  private final Set<String> candidates;
  private final CommonWords commonWords = CommonWords.bundled();
  /** Per-thread scratch set for collecting n-grams, reused because detection runs millions of times. */
  private final ThreadLocal<Set<String>> ngramBuffers = ThreadLocal.withInitial(HashSet::new);

  /** Chooses among {@link #DEV_LANGUAGES}. */
  public OpenNlpLanguageDetector() {
    this(DEV_LANGUAGES);
  }

  /** Every language OpenNLP's model knows that has an ISO 639-1 code (92 of its 103). */
  public static Set<String> knownLanguages() {
    return OpenNlpModel.languages();
  }

  /** Chooses only among {@code candidates} (ISO 639-1); codes OpenNLP does not know are rejected. */
  public OpenNlpLanguageDetector(Set<String> candidates) {
    Set<String> known = OpenNlpModel.languages();
    Set<String> unknown = new TreeSet<>(candidates);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("OpenNLP's model does not know " + unknown + "; known: " + new TreeSet<>(known));
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("at least one candidate language is needed");
    }
    this.candidates = Set.copyOf(candidates);
  }

  public Set<String> candidates() {
    return candidates;
  }

  @Override
  public LanguageGuess detect(String text, String hint) {
    TextEvidence evidence = TextEvidence.of(text);
    if (evidence.letterCount() < MIN_LETTERS) {
      return LanguageGuess.undetermined(0.0);
    }
    UnicodeScript script = evidence.dominantScript();
    List<String> inScript = new ArrayList<>();
    for (String lang : candidates) {
      if (Alphabets.writes(lang, script)) {
        inScript.add(lang);
      }
    }
    if (inScript.isEmpty()) {
      return LanguageGuess.undetermined(0.0);
    }
    inScript.sort(null); // fixed order, so ties break the same way on every run
    if (inScript.size() == 1) {
      return new LanguageGuess(inScript.get(0), 1.0);
    }
    double[] scores = score(evidence, script, inScript, primaryLanguage(hint));
    return decide(inScript, scores);
  }

  /** "en-US", "EN", "pt_BR" -> "en", "en", "pt": sources send locale tags as often as bare codes. */
  static String primaryLanguage(String hint) {
    if (hint == null) {
      return null;
    }
    int cut = hint.indexOf('-') >= 0 ? hint.indexOf('-') : hint.indexOf('_');
    return (cut >= 0 ? hint.substring(0, cut) : hint).trim().toLowerCase(Locale.ROOT);
  }

  private double[] score(TextEvidence evidence, UnicodeScript script, List<String> langs, String hint) {
    double[] probabilities = OpenNlpModel.probabilities(ngrams(evidence.letters()));
    double[] logP = new double[langs.size()];
    for (int i = 0; i < logP.length; i++) {
      double p = 0.0;
      for (int outcome : OpenNlpModel.outcomesByLanguage().get(langs.get(i))) {
        p = Math.max(p, probabilities[outcome]); // two model codes may share one ISO 639-1 code: keep the stronger
      }
      logP[i] = Math.log(p);
    }
    String[] words = evidence.letters().split(" ");
    double[] scores = new double[langs.size()];
    for (int i = 0; i < scores.length; i++) {
      String lang = langs.get(i);
      scores[i] = OPENNLP_WEIGHT * logP[i]
          - FOREIGN_LETTER_PENALTY * Alphabets.foreignLetters(lang, evidence, script)
          + Alphabets.missingMarkersLogLikelihood(lang, evidence, script)
          + COMMON_WORD_LOG_ODDS * commonWordCount(lang, words)
          + DISTINCTIVE_WORD_LOG_ODDS * distinctiveWordCount(lang, words)
          + (lang.equals(hint) ? HINT_LOG_ODDS : 0.0);
    }
    return scores;
  }

  /**
   * Distinct lower-cased character 1- to 3-grams, the features OpenNLP's model was trained on.
   * Built here from the already cleaned text, because OpenNLP's own path re-runs five regex
   * normalisers that would find nothing left to do.
   */
  private String[] ngrams(String lowerText) {
    Set<String> grams = ngramBuffers.get();
    grams.clear();
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= lowerText.length(); i++) {
        grams.add(lowerText.substring(i, i + n));
      }
    }
    return grams.toArray(new String[0]);
  }

  /**
   * Words of the text on the language's common-words list. Only first-class languages have lists
   * (their training text is all there is), so a word Malay shares with Indonesian counts for
   * Indonesian alone: in effect a prior towards the first-class language in a close call, which
   * is what a Trustwatch feed, mostly first-class, wants; its cost is measured as the rate of
   * neighbours labelled first-class.
   */
  private int commonWordCount(String lang, String[] words) {
    int n = 0;
    for (String w : words) {
      if (commonWords.isCommon(lang, w)) {
        n++;
      }
    }
    return n;
  }

  private static int distinctiveWordCount(String lang, String[] words) {
    int n = 0;
    for (String w : words) {
      if (DistinctiveWords.marks(lang, w)) {
        n++;
      }
    }
    return n;
  }

  private static LanguageGuess decide(List<String> langs, double[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    double sum = 0.0;
    for (double s : scores) {
      sum += Math.exp(s - scores[best]);
    }
    double confidence = 1.0 / sum;
    return confidence < MIN_CONFIDENCE
        ? LanguageGuess.undetermined(confidence)
        : new LanguageGuess(langs.get(best), confidence);
  }
}
