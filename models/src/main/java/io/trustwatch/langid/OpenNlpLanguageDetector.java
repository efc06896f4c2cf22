package io.trustwatch.langid;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *       {@link CommonWords} derived from training text, Arabic stems of them by {@link ArabicAffixes},
 *       the hand-written {@link DistinctiveWords} of close pairs, Russian's {@link FullFormLexicon}), the
 *       hint's prior and a prior against a close neighbour of a first-class language;</li>
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

  /**
   * Each close neighbour with the first-class language it is confused with (the pairs the evaluation reports as
   * "neighbour as first-class").
   */
  public static final Map<String, String> CLOSE_NEIGHBOURS =
      Map.of("fa", "ar", "ur", "ar", "uk", "ru", "bg", "ru", "az", "tr", "ms", "id");
  /**
   * Prior log-odds against a close neighbour while its first-class partner is in the race: ln 20. The two errors
   * do not cost the same. A first-class post read as its neighbour gets no sentiment and no themes (Trustwatch has
   * no models for the neighbours) and is lost to every trend; a neighbour's post read as its partner is still
   * scored by a closely related language's models. A feed is also mostly first-class. The price, more neighbours
   * read as first-class, is what the evaluation's "neighbour as first-class" rate shows.
   */
  static final double NEIGHBOUR_PRIOR_LOG_ODDS = Math.log(20);
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
  /**
   * Log-odds for Arabic per word with the Arabic article: in the development data about half of the Arabic
   * words have it and 1 in 100 Persian or Urdu words (likelihood ratio about 55).
   */
  static final double ARABIC_ARTICLE_LOG_ODDS = 4.0;
  /**
   * Share of Russian words that are forms of its full-form lexicon: 0.94 in the Russian sentiment train split
   * (social posts, slang and typos included), at every word length.
   */
  static final double LEXICON_OWN_RATE = 0.94;
  /**
   * Share of a Cyrillic neighbour's words (Bulgarian, Ukrainian) that are also Russian forms, by word length:
   * the neighbours share their short words with Russian and much less of their long ones. Rounded from the
   * Bulgarian and Ukrainian dev sentences, the only neighbour text there is (3-4 letters: 0.53-0.57 and 0.40-0.56;
   * 5-6: 0.24-0.42; 7-8: 0.21-0.27; 9 and more: 0.03-0.21).
   */
  static double lexiconNeighbourRate(int letters) {
    return letters <= 4 ? 0.5 : letters <= 6 ? 0.33 : letters <= 8 ? 0.24 : 0.13;
  }
  /** Shorter words are shared across the neighbours (и, на, да) and say little. */
  static final int LEXICON_MIN_LETTERS = 3;

  /** Below this share of the probability mass the detector says {@code und} instead of guessing. */
  static final double MIN_CONFIDENCE = 0.2;
  /**
   * Lead (log-odds of n-grams and common words) by which a reading overrules the hinted language when the
   * text has no letter or distinctive word against it. Close neighbours on a short post (ru/bg, id/ms,
   * ar/fa, de/en on "Top Service, weiter so!") are up to about 10 apart on OpenNLP's weighted n-grams; a
   * post whose language is not its hint's, from a short German or French sentence up, is further apart.
   */
  static final double DECISIVE_MARGIN = 10.0;
  /** Fewer letters than this carry no usable evidence. */
  static final int MIN_LETTERS = 2;

  private final Set<String> candidates;
  private final CommonWords commonWords = CommonWords.bundled();
  private final FullFormLexicon russian;
  /** OpenNLP's parameters for the candidates' outcomes only, looked up by n-gram key. */
  private final OpenNlpModel.Weights weights;
  /** Each candidate's positions in {@link #weights}' outcomes (two model codes may share one ISO code). */
  private final Map<String, int[]> slots;
  /** Per-thread marks of the n-grams already counted in the current text: detection runs millions of times. */
  private final ThreadLocal<Seen> seen = ThreadLocal.withInitial(Seen::new);

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
    this.russian = candidates.contains("ru") ? FullFormLexicon.russian() : null;
    List<Integer> outcomes = new ArrayList<>();
    Map<String, int[]> slotsByLanguage = new HashMap<>();
    for (String lang : new TreeSet<>(candidates)) {
      int[] langOutcomes = OpenNlpModel.outcomesByLanguage().get(lang);
      int[] langSlots = new int[langOutcomes.length];
      for (int i = 0; i < langOutcomes.length; i++) {
        langSlots[i] = outcomes.size();
        outcomes.add(langOutcomes[i]);
      }
      slotsByLanguage.put(lang, langSlots);
    }
    this.weights = OpenNlpModel.Weights.of(outcomes.stream().mapToInt(Integer::intValue).toArray());
    this.slots = Map.copyOf(slotsByLanguage);
  }

  /**
   * The n-gram keys already counted in the current text: a small per-thread table, stamped per text
   * instead of cleared, that stays in the CPU cache (most of a text's 1- and 2-grams repeat).
   */
  private static final class Seen {
    long[] keys = new long[1024];
    int[] stamps = new int[1024];
    int stamp;

    /** Starts a text of {@code grams} n-grams. */
    void next(int grams) {
      if (keys.length < 2 * grams) {
        int capacity = Integer.highestOneBit(2 * grams) << 1;
        keys = new long[capacity];
        stamps = new int[capacity];
        stamp = 0;
      }
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(stamps, 0);
        stamp = 1;
      }
    }

    /** Whether {@code key} is new in the current text (and marks it seen). */
    boolean add(long key) {
      int mask = keys.length - 1;
      for (int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask; ; h = (h + 1) & mask) {
        if (stamps[h] != stamp) {
          stamps[h] = stamp;
          keys[h] = key;
          return true;
        }
        if (keys[h] == key) {
          return false;
        }
      }
    }
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
    String hintLang = primaryLanguage(hint);
    UnicodeScript script = raceScript(evidence);
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
    if (script != evidence.dominantScript()) {
      // The race script is not the one most letters are in (Latin brand names outnumber the letters of a
      // short Arabic post): judge the race script's words only.
      evidence = evidence.onlyScript(script);
    }
    Scores scores = score(evidence, script, inScript, hintLang);
    int hintIndex = inScript.indexOf(hintLang);
    boolean[] inRace = new boolean[inScript.size()];
    Arrays.fill(inRace, true);
    int best = best(scores.total, inRace);
    if (hintIndex >= 0 && best != hintIndex) {
      // The hint is a prior: a reading that contradicts it needs real evidence against the hinted language,
      // found in the words that are not capitalised (the "q" and "x" of "Qoro Bank ile Nexa" are brand names,
      // not Azerbaijani), so those words are scored on their own.
      TextEvidence plain = TextEvidence.of(TextEvidence.withoutCapitalisedWords(text)).onlyScript(script);
      Scores plainScores = plain.letterCount() < MIN_LETTERS ? null : score(plain, script, inScript, hintLang);
      for (int i = 0; i < inRace.length; i++) {
        if (i != hintIndex) {
          inRace[i] = plainScores != null && contradictsHint(i, hintIndex, inScript, plainScores, plain);
        }
      }
      best = best(scores.total, inRace);
    }
    return decide(inScript, withPartnerPrior(inScript, scores, inRace, best, hintLang, evidence), inRace);
  }

  /**
   * The scores as the race ends: when a close neighbour leads on soft evidence alone (n-grams, common words,
   * lexicons, marker letters), its first-class partner, if still in the race, gets the
   * {@link #NEIGHBOUR_PRIOR_LOG_ODDS} prior, so the neighbour wins only by more than that. Hard evidence keeps
   * the neighbour's lead as it is: the source's hint naming it, a letter outside the partner's alphabet, or
   * more of its distinctive words (Urdu "اور", Malay "wang"). The prior works between the pair alone: a third
   * language (Portuguese against Azerbaijani and Turkish) is judged as before, and a first-class language that
   * already leads needs no help.
   */
  private static double[] withPartnerPrior(List<String> langs, Scores scores, boolean[] inRace, int best,
                                           String hint, TextEvidence evidence) {
    String neighbour = langs.get(best);
    int partner = langs.indexOf(CLOSE_NEIGHBOURS.get(neighbour));
    if (partner < 0 || !inRace[partner] || neighbour.equals(hint)
        || hardEvidenceAgainst(best, partner, langs, scores, evidence)) {
      return scores.total;
    }
    double[] withPrior = scores.total.clone();
    withPrior[partner] += NEIGHBOUR_PRIOR_LOG_ODDS;
    return withPrior;
  }

  /**
   * Whether the text has evidence for candidate {@code i} that language {@code h} cannot explain: a letter
   * outside {@code h}'s alphabet that is in {@code i}'s, or more of {@code i}'s distinctive words.
   */
  private static boolean hardEvidenceAgainst(int i, int h, List<String> langs, Scores scores, TextEvidence text) {
    for (int letter : text.distinctLetters()) {
      if (Alphabets.isForeign(langs.get(h), letter) && !Alphabets.isForeign(langs.get(i), letter)) {
        return true;
      }
    }
    return scores.distinctive[i] > scores.distinctive[h];
  }

  /**
   * The script whose candidates compete: the one most letters are written in, except that a non-Latin
   * script holding at least a third of the letters wins over Latin, because Latin letters in an Arabic or
   * Cyrillic post are mostly brand names, handles and loanwords.
   */
  static UnicodeScript raceScript(TextEvidence evidence) {
    UnicodeScript dominant = evidence.dominantScript();
    if (dominant == UnicodeScript.LATIN) {
      UnicodeScript other = evidence.dominantScriptExcept(UnicodeScript.LATIN);
      int n = other == null ? 0 : evidence.letterCount(other);
      if (n >= MIN_LETTERS && 3 * n >= evidence.letterCount()) {
        return other;
      }
    }
    return dominant;
  }

  /**
   * Whether candidate {@code i} has real evidence against the hinted language {@code h} in the text's words
   * that are not capitalised ({@code plain}, scored as {@code scores}): a letter outside the hinted
   * language's alphabet that is in its own, more of its distinctive words, or n-grams, common words and full-form
   * lexicons that favour it by at least {@link #DECISIVE_MARGIN}. The hinted language's common words always
   * count; the other's only when the hinted language has a list too (German must not lose to English because
   * only English has one). Missing marker letters do not count: Turkish typed without its diacritics is still Turkish.
   */
  private boolean contradictsHint(int i, int h, List<String> langs, Scores scores, TextEvidence plain) {
    if (hardEvidenceAgainst(i, h, langs, scores, plain)) {
      return true;
    }
    String hinted = langs.get(h);
    double lead = OPENNLP_WEIGHT * (scores.logP[i] - scores.logP[h]) - COMMON_WORD_LOG_ODDS * scores.common[h]
        + scores.lexicon[i] - scores.lexicon[h];
    if (commonWords.hasList(hinted)) {
      lead += COMMON_WORD_LOG_ODDS * scores.common[i];
    }
    return lead >= DECISIVE_MARGIN;
  }

  /** "en-US", "EN", "pt_BR" -> "en", "en", "pt": sources send locale tags as often as bare codes. */
  static String primaryLanguage(String hint) {
    if (hint == null) {
      return null;
    }
    int cut = hint.indexOf('-') >= 0 ? hint.indexOf('-') : hint.indexOf('_');
    return (cut >= 0 ? hint.substring(0, cut) : hint).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Per-candidate score components: OpenNLP's log-probability, common and distinctive words, full-form lexicon
   * log-odds and the total.
   */
  private record Scores(double[] logP, int[] common, int[] distinctive, double[] lexicon, double[] total) {}

  private Scores score(TextEvidence evidence, UnicodeScript script, List<String> langs, String hint) {
    // Arabic typed on a Persian keyboard layout has ی and ک for ي and ك; with no letter only Persian or
    // Urdu write, Arabic is judged on the text as an Arabic layout would have typed it, and its ی/ک then
    // stand for Arabic's marker letters ي/ك. Only with Arabic evidence of its own (two of: words with the
    // article ال, letters ة/ى), because short Persian words without پ چ ژ گ read as Arabic just as well.
    String[] words = words(evidence.letters());
    boolean arabicLayout = script == UnicodeScript.ARABIC && langs.contains("ar")
        && Alphabets.persianKeyboardArabic(evidence) && arabicEvidence(evidence, words) >= 2;
    // Turkish decoded with the wrong code page (ý/þ/ð for ı/ş/ğ) is judged, as Turkish, on the repaired text.
    String turkishText = script == UnicodeScript.LATIN && langs.contains("tr")
        ? TurkishCodePage.repaired(evidence.letters()) : null;
    TextEvidence turkish = turkishText == null ? null : TextEvidence.of(turkishText);
    // The language judged on a text of its own, if any, and that text.
    String retypedLang = arabicLayout ? "ar" : turkish != null ? "tr" : null;
    String retyped = arabicLayout ? Alphabets.toArabicLayout(evidence.letters()) : turkishText;
    double[] logP = new double[langs.size()];
    if (retypedLang != null) {
      // Two texts' log-probabilities are compared, so each needs its own normalisation: OpenNLP's full
      // evaluation, on these rare paths only.
      double[] probabilities = OpenNlpModel.probabilities(ngrams(evidence.letters()));
      double[] retypedProbabilities = OpenNlpModel.probabilities(ngrams(retyped));
      for (int i = 0; i < logP.length; i++) {
        double[] pr = langs.get(i).equals(retypedLang) ? retypedProbabilities : probabilities;
        double p = 0.0;
        for (int outcome : OpenNlpModel.outcomesByLanguage().get(langs.get(i))) {
          p = Math.max(p, pr[outcome]);
        }
        logP[i] = Math.log(p);
      }
    } else {
      // One text: OpenNLP's log-probabilities up to a constant, which every use of logP cancels.
      double[] sums = outcomeSums(evidence.letters());
      for (int i = 0; i < logP.length; i++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int slot : slots.get(langs.get(i))) {
          best = Math.max(best, sums[slot]); // two model codes may share one ISO 639-1 code: keep the stronger
        }
        logP[i] = best;
      }
    }
    int[] distinctive = new int[langs.size()];
    double[] distinctiveLogOdds = new double[langs.size()];
    int[] common = new int[langs.size()];
    int[] commonBit = new int[langs.size()];
    for (int i = 0; i < commonBit.length; i++) {
      commonBit[i] = commonWords.bit(langs.get(i));
    }
    // One lookup per word for all languages (not one per word and language).
    int arBit = langs.contains("ar") ? commonWords.bit("ar") : 0;
    for (String w : words) {
      int commonIn = commonWords.mask(w);
      if (arBit != 0 && (commonIn & arBit) == 0
          && ArabicAffixes.anyStem(w, stem -> commonWords.isCommon("ar", stem))) {
        commonIn |= arBit; // an inflected or clitic-joined form of a listed Arabic word counts as listed
      }
      Set<String> distinctiveIn = DistinctiveWords.languagesOf(w);
      if (commonIn == 0 && distinctiveIn.isEmpty()) {
        continue;
      }
      for (int i = 0; i < langs.size(); i++) {
        if ((commonIn & commonBit[i]) != 0) {
          common[i]++;
        }
        if (distinctiveIn.contains(langs.get(i))) {
          distinctive[i]++;
          distinctiveLogOdds[i] += langs.get(i).equals("ar") && DistinctiveWords.hasArabicArticle(w)
              ? ARABIC_ARTICLE_LOG_ODDS : DISTINCTIVE_WORD_LOG_ODDS;
        }
      }
    }
    if (turkish != null) {
      int tr = langs.indexOf("tr");
      common[tr] = 0;
      distinctive[tr] = 0;
      for (String w : words(turkishText)) {
        common[tr] += commonWords.isCommon("tr", w) ? 1 : 0;
        distinctive[tr] += DistinctiveWords.marks("tr", w) ? 1 : 0;
      }
      distinctiveLogOdds[tr] = DISTINCTIVE_WORD_LOG_ODDS * distinctive[tr];
    }
    double[] lexicon = new double[langs.size()];
    int ru = langs.indexOf("ru");
    if (ru >= 0 && russian != null) {
      lexicon[ru] = lexiconLogOdds(russian, words);
    }
    double[] scores = new double[langs.size()];
    for (int i = 0; i < scores.length; i++) {
      String lang = langs.get(i);
      TextEvidence own = turkish != null && lang.equals("tr") ? turkish : evidence;
      scores[i] = OPENNLP_WEIGHT * logP[i]
          - FOREIGN_LETTER_PENALTY * (Alphabets.foreignLetters(lang, own, script)
              + CaseEndings.foreignEndings(lang, words))
          + (arabicLayout && lang.equals("ar") ? 0.0 : Alphabets.missingMarkersLogLikelihood(lang, own, script))
          + COMMON_WORD_LOG_ODDS * common[i]
          + distinctiveLogOdds[i]
          + lexicon[i]
          + (lang.equals(hint) ? HINT_LOG_ODDS : 0.0);
    }
    return new Scores(logP, common, distinctive, lexicon, scores);
  }

  /**
   * OpenNLP's log-probability of each candidate outcome for the text, up to a constant shared by all
   * outcomes (which every use here cancels): the sum of the parameters of the text's distinct lower-cased
   * character 1- to 3-grams, the features the model was trained on. Built here from the already cleaned
   * text, because OpenNLP's own path re-runs five regex normalisers that would find nothing left to do,
   * and summed in a fixed order (n, then position), so the result does not depend on hashing.
   */
  private double[] outcomeSums(String lowerText) {
    Seen marks = seen.get();
    int length = lowerText.length();
    marks.next(3 * length);
    double[] sums = new double[weights.outcomes()];
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= length; i++) {
        long key = OpenNlpModel.key(lowerText, i, n);
        if (marks.add(key)) {
          weights.addTo(key, sums);
        }
      }
    }
    return sums;
  }

  private static double lexiconLogOdds(FullFormLexicon lexicon, String[] words) {
    double sum = 0.0;
    for (String w : words) {
      // Only words of the lexicon's script: a Persian sentence beside a Russian one says nothing about Russian.
      if (w.length() >= LEXICON_MIN_LETTERS && lexicon.writes(w)) {
        double neighbour = lexiconNeighbourRate(w.length());
        sum += lexicon.contains(w)
            ? Math.log(LEXICON_OWN_RATE / neighbour)
            : Math.log((1 - LEXICON_OWN_RATE) / (1 - neighbour));
      }
    }
    return sum;
  }

  /** Distinct lower-cased character 1- to 3-grams, as OpenNLP's own evaluation takes them. */
  private static String[] ngrams(String lowerText) {
    Set<String> grams = new java.util.HashSet<>();
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= lowerText.length(); i++) {
        grams.add(lowerText.substring(i, i + n));
      }
    }
    return grams.toArray(new String[0]);
  }

  /** The words of a text reduced by {@link TextEvidence} (single spaces between them). */
  private static String[] words(String letters) {
    return letters.split(" ");
  }

  /** Words with the Arabic article plus occurrences of the Arabic-only letters ة and ى. */
  private static int arabicEvidence(TextEvidence evidence, String[] words) {
    int n = 0;
    for (String w : words) {
      n += DistinctiveWords.hasArabicArticle(w) ? 1 : 0;
    }
    int[] letters = evidence.distinctLetters();
    for (int i = 0; i < letters.length; i++) {
      if (letters[i] == 'ة' || letters[i] == 'ى') {
        n += evidence.letterFrequencies()[i];
      }
    }
    return n;
  }

  private static int best(double[] scores, boolean[] inRace) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (inRace[i] && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  /** The best of the candidates in the race, with its softmax share among them as the confidence. */
  private static LanguageGuess decide(List<String> langs, double[] scores, boolean[] inRace) {
    int best = best(scores, inRace);
    double sum = 0.0;
    for (int i = 0; i < scores.length; i++) {
      if (inRace[i]) {
        sum += Math.exp(scores[i] - scores[best]);
      }
    }
    double confidence = 1.0 / sum;
    return confidence < MIN_CONFIDENCE
        ? LanguageGuess.undetermined(confidence)
        : new LanguageGuess(langs.get(best), confidence);
  }
}
