package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-language word lists for the cues reviews use to express polarity: negators (and how far their
 * scope runs), contrast words (the clause after "but" usually carries the verdict) and intensifiers.
 * Words are matched on the lower-cased surface form, before stemming.
 *
 * @param negators          words that negate their neighbours
 * @param negatesBackwards  true where the negator follows what it negates (Turkish "güzel değil")
 * @param negationSuffix    a pattern matching words negated by a suffix (Turkish -ma/-me), or null
 * @param contrasts         words that open a clause weighted above the one before it
 * @param intensifiers      words that strengthen their neighbour
 */
record SentimentCues(Set<String> negators, boolean negatesBackwards, Pattern negationSuffix,
                     Set<String> contrasts, Set<String> intensifiers) {

  /** How many words a negator reaches, stopping early at punctuation. */
  static final int NEGATION_SCOPE = 3;

  private static final SentimentCues NONE = new SentimentCues(Set.of(), false, null, Set.of(), Set.of());

  private static final Map<String, SentimentCues> BY_LANGUAGE = Map.of(
      Languages.ENGLISH, new SentimentCues(
          Set.of("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "cant",
              "dont", "didnt", "doesnt", "isnt", "wasnt", "wont", "without", "hardly"),
          false, null,
          Set.of("but", "however", "though", "although"),
          Set.of("very", "so", "really", "extremely", "too", "super", "totally", "absolutely", "highly",
              "incredibly", "most", "such")),
      Languages.RUSSIAN, new SentimentCues(
          Set.of("не", "нет", "ни", "никогда", "ничего", "никак", "без", "нельзя", "некогда"),
          false, null,
          Set.of("но", "однако", "зато", "хотя"),
          Set.of("очень", "так", "слишком", "самый", "самая", "самое", "крайне", "совсем", "абсолютно",
              "супер", "реально", "просто")),
      Languages.TURKISH, new SentimentCues(
          Set.of("değil", "degil", "yok", "hiç", "hic", "asla", "hiçbir", "olmaz"),
          true,
          // Verb negation: -ma/-me before a tense/person ending (beğenmedim, çalışmıyor, olmamış, gelmez).
          Pattern.compile(".{2,}(m[ae]d[ıiuü]|m[ıiuü]yor|m[ae]m[ıiuü]ş|m[ae]z|m[ae]y[ae]n|m[ae]y[ae]c[ae]k"
              + "|m[ae]d[ae]n|m[ae]s[ıiuü]n|m[ae]y[ıiuü]n|m[ae]y[ıi]z).*"),
          Set.of("ama", "fakat", "ancak", "lakin", "yalnız"),
          Set.of("çok", "cok", "aşırı", "asiri", "gerçekten", "son", "en", "tam", "kesinlikle", "fazla")),
      Languages.INDONESIAN, new SentimentCues(
          Set.of("tidak", "tak", "gak", "ga", "nggak", "ngga", "enggak", "engga", "gk", "tdk", "bukan",
              "jangan", "belum", "kurang", "tanpa"),
          false, null,
          Set.of("tapi", "tetapi", "namun", "tp", "sayangnya", "padahal"),
          Set.of("sangat", "banget", "bgt", "sekali", "paling", "terlalu", "amat", "super", "sungguh")),
      Languages.ARABIC, new SentimentCues(
          Set.of("لا", "ما", "لم", "لن", "ليس", "ليست", "لست", "مش", "مو", "غير", "بدون", "مافي", "ماهو"),
          false, null,
          Set.of("لكن", "ولكن", "لاكن", "بس", "لكنه", "لكنها", "الا", "إلا"),
          Set.of("جدا", "جداً", "جدًا", "كثير", "مره", "مرة", "اوي", "أوي", "للغاية", "قوي", "اكثر", "أكثر")));

  static SentimentCues forLanguage(String lang) {
    return BY_LANGUAGE.getOrDefault(lang, NONE);
  }

  boolean isNegator(String lower) {
    return negators.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t");
  }

  boolean isNegatedBySuffix(String lower) {
    return negationSuffix != null && negationSuffix.matcher(lower).matches();
  }
}
