package io.trustwatch.themes;

import io.trustwatch.text.TextNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Reads a language's lexicon files from the classpath ({@code io/trustwatch/themes/lexicon/<lang>/}). */
final class LexiconLoader {

  static final String ROOT = "/io/trustwatch/themes/lexicon/";
  private static final String VERSION_HEADER = "# version:";

  private final LexiconParser parser;
  private final String root;

  /** @param root classpath folder holding one sub-folder per language, ending in '/' */
  LexiconLoader(TextNormaliser normaliser, String root) {
    this.parser = new LexiconParser(normaliser);
    this.root = root;
  }

  /** @return the language's lexicon, or null when it has no lexicon files at all */
  Lexicon load(String lang) {
    List<LexiconPattern> patterns = new ArrayList<>();
    TreeSet<String> versions = new TreeSet<>();
    boolean any = false;
    for (LexiconRole role : LexiconRole.values()) {
      String resource = root + lang + "/" + role.fileName();
      try (InputStream in = LexiconLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        any = true;
        readFile(in, lang, role, patterns, versions);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return any ? new Lexicon(String.join("+", versions), patterns) : null;
  }

  private void readFile(InputStream in, String lang, LexiconRole role, List<LexiconPattern> out,
                        TreeSet<String> versions) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1); // tolerate a byte-order mark written by some editors
      }
      if (line.startsWith(VERSION_HEADER)) {
        versions.add(line.substring(VERSION_HEADER.length()).strip());
        continue;
      }
      LexiconPattern p = parser.parse(line, lang, role, lang + "/" + role.fileName() + ":" + number);
      if (p != null) {
        out.add(p);
      }
    }
  }
}
