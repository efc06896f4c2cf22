package io.trustwatch.langid;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives {@link CommonWords} from the sentiment training splits ({@code <dir>/<lang>/train.tsv},
 * header {@code text<TAB>label}) of the first-class languages.
 *
 * <p>A word is kept when it has at least {@link #MIN_LETTERS} letters, every letter belongs to the
 * language's alphabet (this drops Ukrainian posts in the Russian set, Persian spellings in the Arabic
 * set), and it occurs at least {@link #MIN_COUNT} times; the {@link #topN} most frequent are written,
 * ties broken alphabetically so that the output is the same on every run.
 *
 * <p>The lists are long (every word seen twice) because a single word or a pair is mostly
 * inflected forms and content words that a short list lacks: on the development data, Russian single
 * words went from 0.560 to 0.672 with 1,500 words per language raised to all words seen twice.
 *
 * <p>Usage: {@code CommonWordsTrainer SENTIMENT_DIR OUT_TSV [lang ...]} (default en ar ru tr id).
 */
public final class CommonWordsTrainer {

  static final String HEADER = "lang\tword\tcount";
  static final int TOP_N = 40_000;
  /**
   * Indonesian keeps its 1,500 most frequent words: Malay, its neighbour, shares most of its vocabulary
   * and has no list to balance it, so a longer list only reads more Malay as Indonesian (on the dev data
   * Malay single words 0.251 -> 0.188 and sentences 0.170 -> 0.070, for Indonesian single words 0.635 -> 0.721, already above its anchors).
   */
  private static final Map<String, Integer> TOP_N_BY_LANGUAGE = Map.of("id", 1500);
  static final int MIN_COUNT = 2;
  static final int MIN_LETTERS = 2;

  static int topN(String lang) {
    return TOP_N_BY_LANGUAGE.getOrDefault(lang, TOP_N);
  }

  private CommonWordsTrainer() {}

  /** Counts the words of one language's texts and returns the kept ones, most frequent first. */
  static List<Map.Entry<String, Integer>> commonWords(String lang, Iterable<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      TextEvidence evidence = TextEvidence.of(text);
      for (String word : evidence.letters().split(" ")) {
        if (word.codePointCount(0, word.length()) >= MIN_LETTERS && inAlphabet(lang, word)) {
          counts.merge(word, 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= MIN_COUNT) {
        kept.add(Map.entry(e.getKey(), e.getValue()));
      }
    }
    kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return kept.subList(0, Math.min(topN(lang), kept.size()));
  }

  private static boolean inAlphabet(String lang, String word) {
    int first = word.codePointAt(0);
    return Alphabets.writes(lang, Character.UnicodeScript.of(first))
        && word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.of(first))
        && Alphabets.spells(lang, word);
  }

  static void write(Map<String, List<Map.Entry<String, Integer>>> lists, Writer out) {
    PrintWriter w = new PrintWriter(out);
    w.print(HEADER + "\n");
    lists.forEach((lang, words) -> words.forEach(e -> w.print(lang + "\t" + e.getKey() + "\t" + e.getValue() + "\n")));
    w.flush();
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CommonWordsTrainer SENTIMENT_DIR OUT_TSV [lang ...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<String> langs = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("en", "ar", "ru", "tr", "id");
    Map<String, List<Map.Entry<String, Integer>>> lists = new LinkedHashMap<>();
    for (String lang : langs) {
      List<String> lines = Files.readAllLines(dir.resolve(lang).resolve("train.tsv"), StandardCharsets.UTF_8);
      List<String> texts = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        texts.add(line.substring(0, Math.max(0, line.lastIndexOf('\t'))));
      }
      lists.put(lang, commonWords(lang, texts));
      System.out.printf("%s: %d texts -> %d words%n", lang, texts.size(), lists.get(lang).size());
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(lists, out);
    }
  }
}
