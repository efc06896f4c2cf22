package io.trustwatch.jobs.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads one input record's text as JSON, for the post and activity parsers alike. A record is exactly
 * one JSON value: text after it makes the record malformed, where Jackson by default would stop after
 * the first value and drop the rest unseen (a second post on the same line, or the {@code ]} of a JSON
 * array split over lines).
 */
public final class RecordJson {

  private static final ObjectReader READER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();

  private RecordJson() {}

  public static JsonNode read(String raw) throws JsonProcessingException {
    return READER.readTree(raw);
  }
}
