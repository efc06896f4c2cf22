package io.trustwatch.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The most frequent words of each first-class language, as derived by {@link CommonWordsTrainer}:
 * a second signal beside character n-grams, strongest exactly where n-grams are weakest (two or
 * three short words). Immutable and shared.
 */
final class CommonWords {

  static final String RESOURCE = "/io/trustwatch/langid/common-words.tsv";

  private final Map<String, Set<String>> byLanguage;
  /** The same lists by word: the languages each word is common in. */
  private final Map<String, Set<String>> byWord;

  CommonWords(Map<String, Set<String>> byLanguage) {
    Map<String, Set<String>> copy = new HashMap<>();
    byLanguage.forEach((lang, words) -> copy.put(lang, Set.copyOf(words)));
    this.byLanguage = Map.copyOf(copy);
    Map<String, Set<String>> index = new HashMap<>();
    this.byLanguage.forEach((lang, words) -> words.forEach(w -> index.computeIfAbsent(w, k -> new HashSet<>()).add(lang)));
    index.replaceAll((w, langs) -> Set.copyOf(langs));
    this.byWord = new HashMap<>(index);
  }

  /** The bundled lists (loaded once per JVM). */
  static CommonWords bundled() {
    return Holder.BUNDLED;
  }

  /** Languages that have a list. */
  Set<String> languages() {
    return new TreeSet<>(byLanguage.keySet());
  }

  boolean hasList(String lang) {
    return byLanguage.containsKey(lang);
  }

  /**
   * The languages whose list has {@code lowerWord} (empty if none). Only first-class languages have lists
   * (their training text is all there is), so a word Malay shares with Indonesian counts for Indonesian
   * alone: in effect a prior towards the first-class language in a close call, which is what a Trustwatch
   * feed, mostly first-class, wants; its cost is measured as the rate of neighbours labelled first-class.
   */
  Set<String> languagesOf(String lowerWord) {
    return byWord.getOrDefault(lowerWord, Set.of());
  }

  boolean isCommon(String lang, String lowerWord) {
    Set<String> words = byLanguage.get(lang);
    return words != null && words.contains(lowerWord);
  }

  /** Reads the TSV written by the trainer: header {@code lang<TAB>word<TAB>count}. */
  static CommonWords read(InputStream in) throws IOException {
    Map<String, Set<String>> lists = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (!CommonWordsTrainer.HEADER.equals(header)) {
      throw new IOException("not a common-words list: header " + header);
    }
    for (String line; (line = r.readLine()) != null; ) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IOException("bad common-words line: " + line);
      }
      lists.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
    }
    return new CommonWords(lists);
  }

  private static final class Holder {
    static final CommonWords BUNDLED = load();

    private static CommonWords load() {
      try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
