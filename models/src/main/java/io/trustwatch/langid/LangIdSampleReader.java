package io.trustwatch.langid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads language-id samples from a UTF-8 TSV with the header {@code text<TAB>lang<TAB>kind}. */
public final class LangIdSampleReader {

  private static final String HEADER = "text\tlang\tkind";

  private LangIdSampleReader() {}

  public static List<LangIdSample> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IOException(tsv + ": expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
    }
    List<LangIdSample> samples = new ArrayList<>(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IOException(tsv + ":" + (i + 1) + ": expected 3 tab-separated columns, found " + cols.length);
      }
      try {
        samples.add(new LangIdSample(cols[0], cols[1], LangIdSample.Kind.fromLabel(cols[2])));
      } catch (IllegalArgumentException e) {
        throw new IOException(tsv + ":" + (i + 1) + ": unknown kind '" + cols[2] + "'", e);
      }
    }
    return samples;
  }
}
