package io.trustwatch.langid;

import java.util.List;

/**
 * Russian case endings that Bulgarian, which lost the noun cases, never writes: a word ending so is evidence
 * against Bulgarian as strong as a letter outside its alphabet. Ukrainian shares them, so they say nothing
 * between Russian and Ukrainian.
 */
final class CaseEndings {

  /** Ending and the shortest word it is judged on (Bulgarian "много" ends in -ого, "сами" in -ами). */
  private record Ending(String suffix, int minLength) {}

  private static final List<Ending> NOT_BULGARIAN = List.of(
      new Ending("ами", 6), new Ending("ями", 5), // instrumental plural: документами, отношениями
      new Ending("ием", 5), new Ending("ением", 6), // instrumental of -ие nouns: решением
      new Ending("ого", 6), new Ending("его", 6), // adjective genitive: нового, синего
      new Ending("ому", 5), new Ending("ему", 5), // adjective dative: новому
      new Ending("ую", 4), new Ending("юю", 4)); // adjective accusative feminine: новую, синюю

  private CaseEndings() {}

  /** How many of the (lower-cased) words end in a case ending {@code lang} never writes. */
  static int foreignEndings(String lang, String[] words) {
    if (!lang.equals("bg")) {
      return 0;
    }
    int n = 0;
    for (String w : words) {
      for (Ending e : NOT_BULGARIAN) {
        if (w.length() >= e.minLength() && w.endsWith(e.suffix())) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
