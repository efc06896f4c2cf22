package io.trustwatch.themes;

import io.trustwatch.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A post's word-like tokens as parallel arrays, with the sentence and clause each belongs to.
 * Punctuation tokens are dropped here: they only mark boundaries, so "nobody, ever, answers"
 * counts gaps in words.
 */
final class PreparedPost {

  final String text;
  final String[] norm;
  final String[] folded;
  final int[] start;
  final int[] end;
  /** Sentence index of each token; patterns and hypothetical scope never cross a sentence. */
  final int[] sentence;
  /** Clause index of each token; negation and praise never cross a clause. */
  final int[] clause;
  /** Per token: its sentence ends with a question mark ("Would I leave?"). */
  final boolean[] inQuestion;

  private PreparedPost(String text, int n) {
    this.text = text;
    norm = new String[n];
    folded = new String[n];
    start = new int[n];
    end = new int[n];
    sentence = new int[n];
    clause = new int[n];
    inQuestion = new boolean[n];
  }

  int size() {
    return norm.length;
  }

  static PreparedPost of(String text, List<Token> tokens, String lang) {
    List<Token> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.PUNCT) {
        words.add(t);
      }
    }
    PreparedPost p = new PreparedPost(text, words.size());
    int sentence = 0;
    int clause = 0;
    int w = 0;
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PUNCT) {
        if (t.surface().indexOf('?') >= 0) {
          markQuestion(p, w, sentence);
        }
        if (endsSentence(t.surface())) {
          sentence++;
          clause++;
        } else {
          clause++;
        }
        previousEnd = t.end();
        continue;
      }
      if (w > 0 && hasLineBreak(text, previousEnd, t.start())) {
        sentence++;
        clause++;
      }
      p.norm[w] = t.norm().replace('’', '\'');
      p.folded[w] = WordFolder.fold(t.surface(), lang);
      p.start[w] = t.start();
      p.end[w] = t.end();
      p.sentence[w] = sentence;
      p.clause[w] = clause;
      previousEnd = t.end();
      w++;
    }
    return p;
  }

  /** Starts a new clause at each given token index (contrast words such as "but"). */
  void splitClausesAt(boolean[] clauseStarts) {
    int shift = 0;
    int previous = -1;
    for (int i = 0; i < clause.length; i++) {
      int original = clause[i];
      if (i > 0 && clauseStarts[i] && original == previous) {
        shift++;
      }
      previous = original;
      clause[i] = original + shift;
    }
  }

  private static void markQuestion(PreparedPost p, int upTo, int sentence) {
    for (int i = upTo - 1; i >= 0 && p.sentence[i] == sentence; i--) {
      p.inQuestion[i] = true;
    }
  }

  private static boolean endsSentence(String punct) {
    for (int i = 0; i < punct.length(); i++) {
      char c = punct.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == ';') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
