package io.trustwatch.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a theme suite: UTF-8 lines {@code text<TAB>expected_codes}, where expected is a
 * comma-separated list of labels (theme codes and/or {@code churn_intent}) or empty. Lines
 * starting with {@code #} and blank lines are skipped, so a suite can be sectioned by comments.
 */
public final class ThemeSampleReader {

  private ThemeSampleReader() {}

  public static List<ThemeSample> readSuite(Path file, String lang) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readSuite(in, lang, file.getFileName().toString());
    }
  }

  static List<ThemeSample> readSuite(BufferedReader in, String lang, String name) throws IOException {
    List<ThemeSample> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length > 2) {
        throw new IOException(name + ":" + number + ": expected text<TAB>codes, got " + cols.length + " columns");
      }
      Set<String> gold = new HashSet<>();
      if (cols.length == 2 && !cols[1].isBlank()) {
        Arrays.stream(cols[1].split(",")).map(String::strip).forEach(gold::add);
      }
      try {
        out.add(new ThemeSample(cols[0].strip(), lang, gold));
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
