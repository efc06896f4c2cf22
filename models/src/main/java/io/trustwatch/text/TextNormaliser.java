package io.trustwatch.text;

import java.util.List;

/**
 * Splits a post into tokens and normalises each for one language. Implementations are
 * thread-safe and shared read-only; the sentiment scorer and theme tagger consume their output.
 */
public interface TextNormaliser {

  /**
   * @param text the original post text (never modified; offsets refer to it)
   * @param lang ISO 639-1 code; languages without a dedicated analyser get a generic Unicode one
   */
  List<Token> tokens(String text, String lang);
}
