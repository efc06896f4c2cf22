package io.trustwatch.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The most frequent words of each first-class language, as derived by {@link CommonWordsTrainer}:
 * a second signal beside character n-grams, strongest exactly where n-grams are weakest (two or
 * three short words). Immutable and shared.
 *
 * <p>The lists hold tens of thousands of words and are looked up once per word of every post, so they are
 * kept as one open-addressing table of 64-bit word hashes beside a bit mask of the languages listing the
 * word: a lookup costs one or two cache lines, where a {@code HashMap} of strings chases four pointers.
 * A word outside the lists shares a listed word's 64-bit hash with probability about 4e-15: too rare to matter.
 */
final class CommonWords {

  static final String RESOURCE = "/io/trustwatch/langid/common-words.tsv";

  /** Languages with a list, in a fixed order; language {@code i} is bit {@code 1 << i} of a mask. */
  private final List<String> languages;
  private final long[] keys;
  private final int[] masks;

  CommonWords(Map<String, Set<String>> byLanguage) {
    this.languages = List.copyOf(new TreeSet<>(byLanguage.keySet()));
    if (languages.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most " + Integer.SIZE + " languages: " + languages);
    }
    int words = byLanguage.values().stream().mapToInt(Set::size).sum();
    int capacity = Integer.highestOneBit(Math.max(1, 2 * words)) << 1;
    this.keys = new long[capacity];
    this.masks = new int[capacity];
    for (int i = 0; i < languages.size(); i++) {
      for (String w : byLanguage.get(languages.get(i))) {
        long key = hash(w);
        int h = probe(key);
        keys[h] = key;
        masks[h] |= 1 << i;
      }
    }
  }

  /** The table slot of {@code key}: where it is, or the empty slot it would go to. */
  private int probe(long key) {
    int m = keys.length - 1;
    int h = (int) (key ^ (key >>> 32)) & m;
    while (keys[h] != key && keys[h] != 0) {
      h = (h + 1) & m;
    }
    return h;
  }

  /** FNV-1a over the UTF-16 units, never 0 (0 marks an empty slot). */
  private static long hash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  /** The bundled lists (loaded once per JVM). */
  static CommonWords bundled() {
    return Holder.BUNDLED;
  }

  /** Languages that have a list. */
  Set<String> languages() {
    return new TreeSet<>(languages);
  }

  boolean hasList(String lang) {
    return languages.contains(lang);
  }

  /** The bit of {@code lang} in {@link #mask} answers, 0 if it has no list. */
  int bit(String lang) {
    int i = languages.indexOf(lang);
    return i < 0 ? 0 : 1 << i;
  }

  /**
   * The bits ({@link #bit}) of the languages whose list has {@code lowerWord}, 0 if none. Only first-class
   * languages have lists (their training text is all there is), so a word Malay shares with Indonesian counts
   * for Indonesian alone: in effect a prior towards the first-class language in a close call, which is what a
   * Trustwatch feed, mostly first-class, wants; its cost is measured as the rate of neighbours labelled
   * first-class.
   */
  int mask(String lowerWord) {
    long key = hash(lowerWord);
    int h = probe(key);
    return keys[h] == key ? masks[h] : 0;
  }

  boolean isCommon(String lang, String lowerWord) {
    return (mask(lowerWord) & bit(lang)) != 0;
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
