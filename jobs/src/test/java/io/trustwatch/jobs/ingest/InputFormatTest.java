package io.trustwatch.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "posts.jsonl, JSONL", "posts.ndjson, JSONL", "posts.json, JSON", "POSTS.JSONL, JSONL", "posts.json.gz, JSON",
      "posts.csv, CSV", "part-0001.parquet, PARQUET",
      "posts.jsonl.gz, JSONL", "posts.ndjson.bz2, JSONL", "posts.csv.gz, CSV", "POSTS.CSV.bz2, CSV",
      // Hadoop picks its codec by the suffix as written: an upper-case one would be read as raw bytes.
      "posts.jsonl.GZ, none",
      // Parquet compresses inside the file; a gzipped Parquet file cannot be read as Parquet.
      "part-0001.parquet.gz, none",
      "posts.gz, none", "posts.txt, none", "posts.jsonl.zip, none"})
  void theFormatFollowsTheExtensionBeforeAnyCompressionSuffix(String name, InputFormat expected) {
    assertEquals(Optional.ofNullable(expected), InputFormat.fromFileName(name));
  }
}
