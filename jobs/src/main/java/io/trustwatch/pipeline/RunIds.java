package io.trustwatch.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Run ids sort by start time and stay unique across concurrent schedulers. */
public final class RunIds {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunIds() {}

  public static String next() {
    return STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
