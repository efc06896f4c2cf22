package io.trustwatch.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link PiiRedactor} over text files and prints, per file, how many texts changed, how many
 * values of each kind were replaced and how fast; with {@code --show} it also prints every change in
 * context, so a person can check each one for false redactions.
 *
 * <p>Usage: {@code RedactionAudit [--show] FILE...}. A file whose first line has a {@code text}
 * column (tab-separated) is read as a table and only that column is redacted; any other file is
 * read one text per line.
 */
public final class RedactionAudit {

  private static final int CONTEXT = 30;

  private RedactionAudit() {}

  public static void main(String[] args) throws IOException {
    List<String> files = new ArrayList<>(Arrays.asList(args));
    boolean show = files.remove("--show");
    if (files.isEmpty()) {
      System.err.println("usage: RedactionAudit [--show] FILE...");
      System.exit(2);
    }
    PiiRedactor redactor = new PiiRedactor();
    System.out.println("file\ttexts\tchars\tchanged\tEMAIL\tPHONE\tCARD\tIBAN\tms\tchars_per_s");
    for (String file : files) {
      List<String> texts = readTexts(Path.of(file));
      texts.forEach(redactor::redact); // warm-up pass, so the timing below is of compiled code
      Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
      List<String> changes = new ArrayList<>();
      long chars = 0;
      long started = System.nanoTime();
      for (String text : texts) {
        chars += text.length();
        Redaction redaction = redactor.redact(text);
        if (redaction.total() > 0) {
          redaction.counts().forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
          changes.add(inContext(text, redaction.text()));
        }
      }
      double millis = (System.nanoTime() - started) / 1e6;
      System.out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.0f\t%.0f%n", file, texts.size(), chars,
          changes.size(), counts.getOrDefault(PiiKind.EMAIL, 0), counts.getOrDefault(PiiKind.PHONE, 0),
          counts.getOrDefault(PiiKind.CARD, 0), counts.getOrDefault(PiiKind.IBAN, 0), millis,
          chars / (millis / 1000));
      if (show) {
        changes.forEach(change -> System.out.println("  " + change));
      }
    }
  }

  private static List<String> readTexts(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return lines;
    }
    int column = Arrays.asList(lines.get(0).split("\t", -1)).indexOf("text");
    if (column < 0) {
      return lines;
    }
    List<String> texts = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (column < fields.length) {
        texts.add(fields[column]);
      }
    }
    return texts;
  }

  /** The changed stretch of the text, before and after, with a little context on each side. */
  private static String inContext(String original, String redacted) {
    int head = 0;
    while (head < original.length() && head < redacted.length()
        && original.charAt(head) == redacted.charAt(head)) {
      head++;
    }
    int tail = 0;
    while (tail < original.length() - head && tail < redacted.length() - head
        && original.charAt(original.length() - 1 - tail) == redacted.charAt(redacted.length() - 1 - tail)) {
      tail++;
    }
    int from = Math.max(0, head - CONTEXT);
    int before = Math.min(original.length(), original.length() - tail + CONTEXT);
    int after = Math.min(redacted.length(), redacted.length() - tail + CONTEXT);
    return original.substring(from, before) + "  =>  " + redacted.substring(from, after);
  }
}
