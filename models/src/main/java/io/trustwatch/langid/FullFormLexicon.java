package io.trustwatch.langid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;

/**
 * Every inflected form of one language's words, read from a morphological dictionary: whether a word is a form
 * of the language at all. On one or two words that is the evidence character n-grams lack: 94 % of the Russian
 * words in social posts are forms of the Russian dictionary, a quarter of Bulgarian or Ukrainian words are.
 *
 * <p>The dictionary is a morfologik automaton of {@code form SEPARATOR lemma-and-tags} entries (LanguageTool's
 * format, in a single-byte code page); a form is in the lexicon when the automaton continues with the
 * separator after it. Immutable and
 * thread-safe: one shared instance, looked up by any number of threads.
 */
final class FullFormLexicon {

  /** LanguageTool's Russian dictionary (LGPL 2.1, from the AOT project), on the classpath from Maven Central. */
  static final String RUSSIAN_RESOURCE = "/org/languagetool/resource/ru/russian.dict";

  private final Character.UnicodeScript script;
  private final FSA fsa;
  private final byte separator;
  private final byte[] codePage;

  FullFormLexicon(Character.UnicodeScript script, Dictionary dictionary) {
    this.script = script;
    this.fsa = dictionary.fsa;
    this.separator = dictionary.metadata.getSeparator();
    this.codePage = codePage(Charset.forName(dictionary.metadata.getEncoding()));
  }

  /** The Russian lexicon (loaded once per JVM, about 2 MB). */
  static FullFormLexicon russian() {
    return Russian.LEXICON;
  }

  /** Whether {@code word} is in the lexicon's script (judged on its first letter): only such words are looked up. */
  boolean writes(String word) {
    return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == script;
  }

  /**
   * Whether the lower-cased {@code word} is a form in the lexicon, as written or capitalised (the dictionary
   * keeps names capitalised: "Москва").
   */
  boolean contains(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return containsExactly(word) || containsExactly(capitalised);
  }

  private boolean containsExactly(String form) {
    int node = fsa.getRootNode();
    for (int i = 0; i < form.length(); i++) {
      byte b = codePage[form.charAt(i)];
      if (b == 0) {
        return false; // a character the dictionary's code page cannot write is in none of its forms
      }
      int arc = fsa.getArc(node, b);
      if (arc == 0 || fsa.isArcTerminal(arc)) {
        return false;
      }
      node = fsa.getEndNode(arc);
    }
    return fsa.getArc(node, separator) != 0;
  }

  /**
   * Each UTF-16 unit's byte in a single-byte code page, 0 where it has none: built once, so a lookup encodes
   * without a {@code CharsetEncoder} (the forms are looked up for every Cyrillic word of every post).
   */
  private static byte[] codePage(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (encoder.maxBytesPerChar() != 1.0f) {
      throw new IllegalArgumentException("only single-byte dictionary encodings are supported, not " + charset);
    }
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate(c) && encoder.canEncode(c)) {
        try {
          table[c] = encoder.encode(CharBuffer.wrap(new char[] {c})).get();
        } catch (CharacterCodingException e) {
          table[c] = 0;
        }
      }
    }
    return table;
  }

  static FullFormLexicon read(Character.UnicodeScript script, URL dictionary) {
    try {
      return new FullFormLexicon(script, Dictionary.read(dictionary));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionary " + dictionary, e);
    }
  }

  private static final class Russian {
    static final FullFormLexicon LEXICON = load();

    private static FullFormLexicon load() {
      URL url = FullFormLexicon.class.getResource(RUSSIAN_RESOURCE);
      if (url == null) {
        throw new IllegalStateException(RUSSIAN_RESOURCE + " is missing from the classpath (org.languagetool:language-ru)");
      }
      return read(Character.UnicodeScript.CYRILLIC, url);
    }
  }
}
