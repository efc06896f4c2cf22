package io.trustwatch.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An input file that cannot be read at all (truncated, damaged, gone), naming it. */
public final class UnreadableFileException extends UncheckedIOException {

  private final String path;

  public UnreadableFileException(String path, IOException cause) {
    super("cannot read " + path + ": " + cause.getMessage(), cause);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
