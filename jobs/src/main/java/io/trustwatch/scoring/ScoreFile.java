package io.trustwatch.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.trustwatch.analysis.PostAnalysis;
import io.trustwatch.analysis.PostAnalyzer;
import io.trustwatch.sentiment.SentimentResult;
import io.trustwatch.themes.ThemeMatch;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ad hoc scoring of a file, no Spark and no tables: the {@code score} command's contract (DESIGN.md).
 * One output row per input row, in input order; the six contract columns first, then extras.
 */
public final class ScoreFile {

  public static final List<String> CONTRACT_COLUMNS =
      List.of("id", "lang", "sentiment", "sentiment_score", "themes", "churn_intent");
  public static final List<String> EXTRA_COLUMNS = List.of("lang_confidence", "sentiment_confidence",
      "sentiment_model", "sentiment_reason", "theme_evidence", "churn_evidence");

  /** One input row: its id (given or its 1-based row number), text and optional language hint. */
  public record InputRow(String id, String text, String langHint) {}

  /**
   * What was scored: rows and rows per detected language, and the wall-clock seconds of the three
   * phases (reading the file; analysing and formatting the rows, in parallel; writing them in order).
   */
  public record Summary(int rows, Map<String, Long> byLanguage, double readSeconds, double analyseSeconds,
      double writeSeconds) {

    public Summary(int rows, Map<String, Long> byLanguage) {
      this(rows, byLanguage, 0, 0, 0);
    }
  }

  private final PostAnalyzer analyzer;

  public ScoreFile(PostAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public Summary score(Path in, Path out) throws IOException {
    long t0 = System.nanoTime();
    List<InputRow> rows = read(in);
    long t1 = System.nanoTime();
    // Rows are independent: analyse and format them in parallel (keeping only the output line and the
    // language, not every analysis), then write in input order.
    String[] lines = new String[rows.size()];
    String[] langs = new String[rows.size()];
    ObjectMapper json = new ObjectMapper(); // thread-safe once configured
    IntStream.range(0, rows.size()).parallel().forEach(i -> {
      InputRow row = rows.get(i);
      PostAnalysis a = analyzer.analyze(row.text(), row.langHint());
      langs[i] = a.language().lang();
      try {
        lines[i] = line(row, a, json);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    long t2 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(CONTRACT_COLUMNS);
      header.addAll(EXTRA_COLUMNS);
      w.write(String.join("\t", header));
      w.newLine();
      for (String line : lines) {
        w.write(line);
        w.newLine();
      }
    }
    long t3 = System.nanoTime();
    Map<String, Long> byLang = new TreeMap<>();
    for (String lang : langs) byLang.merge(lang, 1L, Long::sum);
    return new Summary(rows.size(), byLang, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  private static String line(InputRow row, PostAnalysis a, ObjectMapper json) throws IOException {
    SentimentResult s = a.sentiment();
    ArrayNode evidence = json.createArrayNode();
    for (ThemeMatch m : a.themes().themes()) {
      evidence.addObject().put("code", m.code()).put("confidence", m.confidence())
          .put("evidence", m.evidence()).put("start", m.start()).put("end", m.end());
    }
    var churn = a.themes().churnIntent();
    List<String> cells = List.of(
        row.id(),
        a.language().lang(),
        s.labelCode() == null ? "" : s.labelCode(),
        s.score() == null ? "" : String.format(Locale.ROOT, "%.4f", s.score()),
        a.themes().themes().stream().map(ThemeMatch::code).collect(Collectors.joining(",")),
        Boolean.toString(churn.present()),
        String.format(Locale.ROOT, "%.3f", a.language().confidence()),
        s.confidence() == null ? "" : String.format(Locale.ROOT, "%.4f", s.confidence()),
        s.modelId() == null ? "" : s.modelId(),
        s.reason() == null ? "" : s.reason(),
        evidence.isEmpty() ? "" : json.writeValueAsString(evidence),
        churn.present() ? churn.evidence() : "");
    return cells.stream().map(ScoreFile::escape).collect(Collectors.joining("\t"));
  }

  /** TSV cells stay on one line: tab, newline, carriage return and backslash are escaped. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The inverse of {@link #escape}. */
  public static String unescape(String s) {
    if (s == null || s.indexOf('\\') < 0) return s;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        b.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Reads TSV, CSV (both with a header; quoted fields may span lines) or JSON Lines, by extension. */
  public static List<InputRow> read(Path in) throws IOException {
    String name = in.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Map<String, String>> records = new ArrayList<>();
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) continue;
          JsonNode node;
          try {
            node = json.readTree(line);
          } catch (IOException e) {
            throw new IllegalArgumentException(in + " line " + n + ": not a JSON object");
          }
          Map<String, String> rec = new TreeMap<>();
          node.fields().forEachRemaining(f -> rec.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
          records.add(rec);
        }
      }
    } else if (name.endsWith(".tsv") || name.endsWith(".csv") || name.endsWith(".txt")) {
      boolean tsv = !name.endsWith(".csv");
      // CSV follows RFC 4180 quoting. TSV has no quoting (a text may well start with a quote mark);
      // instead \t, \n and \\ are read back as tab, newline and backslash, as `score` writes them.
      CsvSchema schema = CsvSchema.emptySchema().withHeader();
      schema = tsv ? schema.withColumnSeparator('\t').withoutQuoteChar() : schema.withColumnSeparator(',');
      try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
          MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
              .readValues(r)) {
        while (it.hasNext()) {
          Map<String, String> rec = it.next();
          if (tsv) rec.replaceAll((k, v) -> unescape(v));
          records.add(rec);
        }
      }
    } else {
      throw new IllegalArgumentException("cannot tell the format of " + in + ": use .tsv, .csv or .jsonl");
    }
    List<InputRow> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      Map<String, String> rec = records.get(i);
      if (i == 0 && !rec.containsKey("text")) {
        throw new IllegalArgumentException(in + " has no `text` column (columns: " + rec.keySet() + ")");
      }
      String id = rec.get("id");
      rows.add(new InputRow(id == null || id.isBlank() ? Integer.toString(i + 1) : id,
          rec.get("text") == null ? "" : rec.get("text"), blankToNull(rec.get("lang"))));
    }
    return rows;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
