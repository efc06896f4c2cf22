package io.trustwatch.langid;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What of a post is evidence of its language: its words with URLs, mentions, hashtag signs, emoji,
 * digits and punctuation removed, plus a count of letters per script.
 *
 * <p>Those parts are removed because they are language-neutral yet dominate short posts: a URL or
 * a handle is Latin text that would pull an Arabic tweet towards English.
 */
final class TextEvidence {

  private static final Pattern URL_OR_MENTION = Pattern.compile("(?:https?://|www\\.)\\S+|@\\w+");

  private static final int ARABIC_TATWEEL = 0x0640;

  private final String letters;
  private final int letterCount;
  private final Map<UnicodeScript, Integer> scriptCounts;
  private final int[] distinctLetters;
  private final int[] letterFrequencies;

  private TextEvidence(String letters, int letterCount, Map<UnicodeScript, Integer> scriptCounts,
                       int[] codePoints) {
    this.letters = letters;
    this.letterCount = letterCount;
    this.scriptCounts = scriptCounts;
    // Sorted distinct letters with their counts: alphabet checks then cost one lookup per distinct letter.
    Arrays.sort(codePoints);
    int distinct = 0;
    int[] letter = new int[codePoints.length];
    int[] frequency = new int[codePoints.length];
    for (int i = 0; i < codePoints.length; i++) {
      if (i == 0 || codePoints[i] != codePoints[i - 1]) {
        letter[distinct++] = codePoints[i];
      }
      frequency[distinct - 1]++;
    }
    this.distinctLetters = Arrays.copyOf(letter, distinct);
    this.letterFrequencies = Arrays.copyOf(frequency, distinct);
  }

  static TextEvidence of(String text) {
    if (text == null) {
      text = "";
    }
    if (text.indexOf('@') >= 0 || text.contains("http") || text.contains("www.")) {
      text = URL_OR_MENTION.matcher(text).replaceAll(" ");
    }
    StringBuilder out = new StringBuilder(text.length());
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letterCount = 0;
    int[] codePoints = new int[text.length()];
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ARABIC_TATWEEL) {
        continue; // a letter by Unicode category, but it only stretches a word: drop it, keep the word whole
      }
      // Letters and combining marks are language evidence; everything else separates words.
      boolean keep = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
      if (!keep) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      int lower = Character.toLowerCase(cp);
      out.appendCodePoint(lower);
      if (Character.isLetter(cp)) {
        codePoints[letterCount++] = lower;
        scripts.merge(scriptGroup(UnicodeScript.of(cp)), 1, Integer::sum);
      }
    }
    return new TextEvidence(out.toString(), letterCount, scripts, Arrays.copyOf(codePoints, letterCount));
  }

  /** Kana and Han are one group: Japanese mixes all three, and only the detector can tell ja from zh. */
  private static UnicodeScript scriptGroup(UnicodeScript script) {
    return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? UnicodeScript.HAN : script;
  }

  /** Lower-cased words separated by single spaces. */
  String letters() {
    return letters;
  }

  int letterCount() {
    return letterCount;
  }

  /** The distinct lower-cased letters of the text, ascending. */
  int[] distinctLetters() {
    return distinctLetters;
  }

  /** How often each of {@link #distinctLetters()} occurs. */
  int[] letterFrequencies() {
    return letterFrequencies;
  }

  int letterCount(UnicodeScript script) {
    return scriptCounts.getOrDefault(script, 0);
  }

  /**
   * The same evidence without the words written mostly in other scripts (a Latin brand name in an Arabic
   * post). A word that mixes scripts but is mostly in {@code script} stays whole: Ukrainian typed with a
   * Latin "i" is still Ukrainian.
   */
  TextEvidence onlyScript(UnicodeScript script) {
    StringBuilder kept = new StringBuilder(letters.length());
    for (String word : letters.split(" ")) {
      int inScript = 0;
      int other = 0;
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          if (scriptGroup(UnicodeScript.of(cp)) == script) {
            inScript++;
          } else {
            other++;
          }
        }
      }
      if (inScript > other) {
        kept.append(word).append(' ');
      }
    }
    return of(kept.toString());
  }

  /**
   * The text with every word that starts with a capital blanked out: names and brands, and sentence
   * starts, which cannot be told apart from names. What is left is the evidence a reading needs to
   * overrule the source's language hint.
   */
  static String withoutCapitalisedWords(String text) {
    if (text == null) {
      return "";
    }
    if (text.indexOf('@') >= 0 || text.contains("http") || text.contains("www.")) {
      text = URL_OR_MENTION.matcher(text).replaceAll(" ");
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inWord = false;
    boolean capitalised = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean wordChar = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
      if (wordChar && !inWord) {
        capitalised = Character.isUpperCase(cp) || Character.isTitleCase(cp);
      }
      inWord = wordChar;
      out.appendCodePoint(wordChar && capitalised ? ' ' : cp);
    }
    return out.toString();
  }

  /** The script with most letters other than {@code excluded}, or null if there is none. */
  UnicodeScript dominantScriptExcept(UnicodeScript excluded) {
    UnicodeScript best = null;
    int bestCount = 0;
    for (Map.Entry<UnicodeScript, Integer> e : scriptCounts.entrySet()) {
      if (e.getKey() != excluded && e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** The script most letters are written in, or {@code UNKNOWN} when there are no letters. */
  UnicodeScript dominantScript() {
    UnicodeScript best = UnicodeScript.UNKNOWN;
    int bestCount = 0;
    for (Map.Entry<UnicodeScript, Integer> e : scriptCounts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
