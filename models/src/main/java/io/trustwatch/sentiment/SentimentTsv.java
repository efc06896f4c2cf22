package io.trustwatch.sentiment;

import io.trustwatch.text.TextNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the labelled TSV format ({@code text<TAB>label} with that header) that training and evaluation use. */
public final class SentimentTsv {

  private SentimentTsv() {}

  public static List<SentimentSample> read(Path tsv, String lang, TextNormaliser normaliser) throws IOException {
    List<SentimentSample> samples = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.strip().equals("text\tlabel")) {
        throw new IOException(tsv + ": expected header 'text<TAB>label', got " + header);
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          throw new IOException(tsv + ":" + lineNo + ": no tab");
        }
        String text = line.substring(0, tab);
        SentimentLabel label = SentimentLabel.fromCode(line.substring(tab + 1));
        samples.add(new SentimentSample(text, normaliser.tokens(text, lang), label));
      }
    }
    return samples;
  }
}
