package io.trustwatch.jobs.ingest;

import java.util.Locale;
import java.util.Optional;

/** Input file formats the ingest stage reads; {@link #AUTO} picks by file extension. */
public enum InputFormat {
  AUTO, JSONL, CSV, PARQUET;

  /** The format a file name implies, if its extension is one we read. */
  public static Optional<InputFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return Optional.of(JSONL);
    if (lower.endsWith(".csv")) return Optional.of(CSV);
    if (lower.endsWith(".parquet")) return Optional.of(PARQUET);
    return Optional.empty();
  }
}
