package io.trustwatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Bridges the model module's PrintStream reports to the CLI's PrintWriter (which tests capture). */
final class PrintStreams {

  interface Body {
    void run(PrintStream out) throws Exception;
  }

  private PrintStreams() {}

  static void into(PrintWriter out, Body body) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      body.run(ps);
    } finally {
      out.print(buffer.toString(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
