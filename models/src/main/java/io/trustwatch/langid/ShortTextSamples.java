package io.trustwatch.langid;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives word-pair and single-word samples from labelled sentences, so that short-text accuracy
 * can be measured where only sentences are labelled.
 *
 * <p>Follows the length rules of the published word lists the anchors come from: a single word
 * has at least 5 letters, a word pair at least 10 characters. Pairs are adjacent, non-overlapping
 * words. These samples are derived, not held out: their words come from the very sentences
 * evaluated as sentences.
 */
public final class ShortTextSamples {

  static final int MIN_SINGLE_WORD = 5;
  static final int MIN_WORD_PAIR = 10;

  private ShortTextSamples() {}

  public static List<LangIdSample> singleWords(List<LangIdSample> sentences) {
    List<LangIdSample> out = new ArrayList<>();
    for (LangIdSample s : sentences) {
      for (String w : words(s.text())) {
        if (w.codePointCount(0, w.length()) >= MIN_SINGLE_WORD) {
          out.add(new LangIdSample(w, s.lang(), LangIdSample.Kind.SINGLE_WORD));
        }
      }
    }
    return out;
  }

  public static List<LangIdSample> wordPairs(List<LangIdSample> sentences) {
    List<LangIdSample> out = new ArrayList<>();
    for (LangIdSample s : sentences) {
      List<String> words = words(s.text());
      for (int i = 0; i + 1 < words.size(); i += 2) {
        String pair = words.get(i) + " " + words.get(i + 1);
        if (pair.codePointCount(0, pair.length()) >= MIN_WORD_PAIR) {
          out.add(new LangIdSample(pair, s.lang(), LangIdSample.Kind.WORD_PAIR));
        }
      }
    }
    return out;
  }

  /** Whitespace-separated parts, trimmed of surrounding punctuation, that are made of letters only. */
  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    for (String part : sentence.split("\\s+")) {
      String w = part.replaceAll("^[^\\p{L}]+|[^\\p{L}\\p{M}]+$", "");
      if (!w.isEmpty() && w.codePoints().allMatch(cp -> Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK)) {
        out.add(w);
      }
    }
    return out;
  }
}
