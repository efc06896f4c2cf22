package io.trustwatch.jobs.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Input file formats the ingest stage reads; {@link #AUTO} picks by file extension. {@link #JSON} is a file that
 * is one JSON array of records, or else JSON Lines, as {@code .json} files come both ways.
 */
public enum InputFormat {
  AUTO, JSONL, JSON, CSV, PARQUET;

  /**
   * Compression suffixes that may follow a text format's extension ({@code posts.jsonl.gz}). Hadoop's
   * readers decompress these by the file name's suffix, as written here (lower case), with codecs that
   * need no native library. Parquet compresses inside the file, so a compressed Parquet file is not one.
   */
  public static final List<String> COMPRESSION_SUFFIXES = List.of(".gz", ".bz2");

  /** The extensions {@link #AUTO} knows, for the options' help text. */
  public static final String EXTENSIONS = ".jsonl/.ndjson, .json (an array of records, or JSON Lines), .csv, .parquet; "
      + "all but Parquet also compressed, as .jsonl.gz or .csv.bz2";

  /** The format a file name implies, if its extension is one we read. */
  public static Optional<InputFormat> fromFileName(String name) {
    String plain = COMPRESSION_SUFFIXES.stream().filter(name::endsWith).findFirst()
        .map(suffix -> name.substring(0, name.length() - suffix.length())).orElse(name);
    boolean compressed = plain.length() < name.length();
    String lower = plain.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return Optional.of(JSONL);
    if (lower.endsWith(".json")) return Optional.of(JSON);
    if (lower.endsWith(".csv")) return Optional.of(CSV);
    if (lower.endsWith(".parquet") && !compressed) return Optional.of(PARQUET);
    return Optional.empty();
  }
}
