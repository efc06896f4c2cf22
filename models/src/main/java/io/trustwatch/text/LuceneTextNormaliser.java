package io.trustwatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Social-text tokeniser plus Lucene's per-language normalisers and stemmers.
 *
 * <p>Tokenising is done here rather than by a Lucene Tokenizer because social posts need URLs,
 * mentions, hashtags, emoji and emoticons as whole tokens, and every token must keep its offsets
 * into the original text. A hashtag made of several words ("#WorstServiceEver") is the exception:
 * it becomes one HASHTAG token per word, since the words are what the models match. Stemming and
 * normalising reuse Lucene's language components; Arabic tatweel and harakat never reach a norm.
 */
public final class LuceneTextNormaliser implements TextNormaliser {

  private static final String EMOJI = "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}]";

  private static final Pattern TOKEN = Pattern.compile(
      // Redaction placeholders first: "<PHONE>" is not the word "phone" a lexicon may look for.
      "(?<placeholder><(?:EMAIL|PHONE|CARD|IBAN)>)"
          + "|(?<url>(?:https?://|www\\.)\\S+)"
          + "|(?<mention>@\\w+)"
          // Hashtags in any script (Java's \\w is ASCII-only): "#خدمة_العملاء", "#СервисУжас".
          + "|(?<hashtag>#[\\p{L}\\p{M}\\p{N}_]+)"
          + "|(?<emoticon>(?<![\\p{L}\\p{N}])(?:[:;=8][-']?[)(\\]\\[dDpP/\\\\|*oO3]+|<3+|\\^_*\\^|[)(]{2,}))"
          + "|(?<number>\\p{N}+(?:[.,:/]\\p{N}+)*)"
          + "|(?<word>[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*)"
          // Java 17 regex has no emoji properties (they arrive in 21), so emoji are matched by block.
          + "|(?<emoji>" + EMOJI + "(?:[\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}]|\\x{200D}" + EMOJI + ")*)"
          // Arabic comma, semicolon and question mark end clauses too.
          + "|(?<punct>[!?.,;:…،؛؟]+)");

  /**
   * Words inside a hashtag: a capitalised or lower-case run ("Worst", "i"), an acronym not followed
   * by lower case ("US" in "USAirways"), digits, or a run of caseless letters (Arabic); underscores
   * and case changes separate them.
   */
  private static final Pattern HASHTAG_PART = Pattern.compile(
      "\\p{Lu}\\p{M}*(?:[\\p{Ll}\\p{M}])+|\\p{Lu}+(?![\\p{Ll}])|[\\p{Ll}\\p{M}]+|\\p{N}+|[\\p{Lo}\\p{Lm}\\p{M}]+");

  /** Arabic tatweel and harakat: they stretch or vocalise a word without changing it. */
  private static final Pattern ARABIC_MARKS = Pattern.compile("[\\x{0640}\\x{064B}-\\x{065F}\\x{0670}]");

  /** Three or more repeats of one letter are an elongation ("soooo", "جدااااا"): keep two. */
  private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");

  @Override
  public List<Token> tokens(String text, String lang) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String surface = m.group();
      Token.Kind kind = kindOf(m);
      if (kind == Token.Kind.HASHTAG && addHashtagParts(text, m.start() + 1, m.end(), lang, out)) {
        continue;
      }
      String norm = switch (kind) {
        case WORD -> normaliseWord(surface, lang);
        case HASHTAG -> normaliseWord(surface.substring(1), lang);
        case URL -> "<url>";
        case MENTION -> "<mention>";
        case PLACEHOLDER -> surface.toLowerCase(Locale.ROOT);
        case NUMBER -> "<num>";
        default -> surface;
      };
      out.add(new Token(surface, norm, m.start(), m.end(), kind));
    }
    return out;
  }

  /**
   * Splits a hashtag body such as "WorstServiceEver", "iPhone15" or "خدمة_العملاء" into its words,
   * each a HASHTAG token with its own offsets (without the '#'), because the words inside carry the
   * sentiment and themes. Returns false, adding nothing, when the body is a single word.
   */
  private boolean addHashtagParts(String text, int start, int end, String lang, List<Token> out) {
    List<Token> parts = new ArrayList<>();
    Matcher p = HASHTAG_PART.matcher(text).region(start, end);
    while (p.find()) {
      String part = p.group();
      String norm = Character.isDigit(part.codePointAt(0)) ? "<num>" : normaliseWord(part, lang);
      parts.add(new Token(part, norm, p.start(), p.end(), Token.Kind.HASHTAG));
    }
    if (parts.size() < 2) {
      return false;
    }
    out.addAll(parts);
    return true;
  }

  /**
   * {@link #TOKEN}'s groups by number, in the order {@link #kindOf} tests them: asking a matcher by
   * group name costs a map lookup per name and token, which showed in profiles.
   */
  private static final int[] KIND_GROUPS;
  private static final Token.Kind[] KINDS = {Token.Kind.PLACEHOLDER, Token.Kind.URL, Token.Kind.MENTION,
      Token.Kind.HASHTAG, Token.Kind.EMOTICON, Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.EMOJI};

  static {
    String[] names = {"placeholder", "url", "mention", "hashtag", "emoticon", "number", "word", "emoji"};
    KIND_GROUPS = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      KIND_GROUPS[i] = groupNumber(TOKEN.pattern(), names[i]);
    }
  }

  /** The number of a named group; every capturing group of {@link #TOKEN} is named, so they are counted. */
  private static int groupNumber(String regex, String name) {
    Matcher named = Pattern.compile("\\(\\?<([a-z]+)>").matcher(regex);
    for (int number = 1; named.find(); number++) {
      if (named.group(1).equals(name)) {
        return number;
      }
    }
    throw new IllegalStateException("no group " + name);
  }

  private static Token.Kind kindOf(Matcher m) {
    for (int i = 0; i < KIND_GROUPS.length; i++) {
      if (m.start(KIND_GROUPS[i]) >= 0) {
        return KINDS[i];
      }
    }
    return Token.Kind.PUNCT;
  }

  /** Lower-cases (Turkish-aware), removes elongation, then applies the language's stemmer. */
  String normaliseWord(String word, String lang) {
    String lower = Languages.lowerCase(word, lang);
    // The regexes run only on words that need them: most do not, and this runs on every word of every post.
    if (hasArabicMark(lower)) {
      lower = ARABIC_MARKS.matcher(lower).replaceAll(""); // for every language: Persian and Urdu posts use them too
    }
    if (hasTripleLetter(lower)) {
      lower = ELONGATION.matcher(lower).replaceAll("$1$1");
    }
    if (lang == null) {
      return lower;
    }
    Map<String, String> cache = STEMS.get(lang);
    if (cache == null) {
      return lower;
    }
    String stem = cache.get(lower);
    if (stem == null) {
      stem = stem(lower, lang);
      if (cache.size() < STEM_CACHE_SIZE) {
        cache.put(lower, stem);
      }
    }
    return stem;
  }

  /**
   * Stems already computed, per first-class language. Words repeat across posts (a few thousand forms
   * make up most of any language's text), and stemming was a third of normalising. Bounded: once full,
   * new words are stemmed without being remembered.
   */
  private static final Map<String, Map<String, String>> STEMS = Map.of(
      Languages.ENGLISH, new ConcurrentHashMap<>(), Languages.TURKISH, new ConcurrentHashMap<>(),
      Languages.RUSSIAN, new ConcurrentHashMap<>(), Languages.ARABIC, new ConcurrentHashMap<>(),
      Languages.INDONESIAN, new ConcurrentHashMap<>());
  private static final int STEM_CACHE_SIZE = 200_000;

  private static String stem(String lower, String lang) {
    return switch (lang) {
      case Languages.ENGLISH -> snowball(new EnglishStemmer(), lower);
      case Languages.TURKISH -> snowball(new TurkishStemmer(), lower);
      case Languages.RUSSIAN -> snowball(new RussianStemmer(), lower.replace('ё', 'е'));
      case Languages.ARABIC -> charStem(lower, Stemmers.ARABIC);
      case Languages.INDONESIAN -> charStem(lower, Stemmers.INDONESIAN);
      default -> lower;
    };
  }

  /** True if {@link #ARABIC_MARKS} would remove something. */
  private static boolean hasArabicMark(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
        return true;
      }
    }
    return false;
  }

  /** True if {@link #ELONGATION} would shorten something: one letter three times in a row. */
  private static boolean hasTripleLetter(String word) {
    int before = -1;
    int previous = -1;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (cp == previous && cp == before && Character.isLetter(cp)) {
        return true;
      }
      before = previous;
      previous = cp;
      i += Character.charCount(cp);
    }
    return false;
  }

  // Snowball stemmers keep state, so a fresh one per call keeps this class thread-safe.
  private static String snowball(SnowballStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static String charStem(String word, Stemmers stemmer) {
    char[] buf = word.toCharArray();
    int len = stemmer.apply(buf, buf.length);
    return new String(buf, 0, len);
  }

  /** Lucene's char-array stemmers; the ones used here are stateless. */
  private enum Stemmers {
    ARABIC {
      private final ArabicNormalizer n = new ArabicNormalizer();
      private final ArabicStemmer s = new ArabicStemmer();
      int apply(char[] b, int len) { return s.stem(b, n.normalize(b, len)); }
    },
    INDONESIAN {
      int apply(char[] b, int len) { return new IndonesianStemmer().stem(b, len, true); }
    };

    abstract int apply(char[] buf, int len);
  }
}
