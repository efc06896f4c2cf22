package io.trustwatch.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a {@link WeeklyReport} into one self-contained HTML page (inline CSS and SVG, no script,
 * no external resource) with the Mustache template {@value #TEMPLATE}. The template escapes every
 * {@code {{value}}}; only the charts' SVG is inserted raw.
 */
public final class ReportRenderer {

  static final String TEMPLATE = "weekly-report.html.mustache";

  private static final Template PAGE = compile();

  private ReportRenderer() {}

  public static String render(WeeklyReport report, List<ReportChart> charts) {
    return PAGE.execute(ReportPage.of(report, charts));
  }

  private static Template compile() {
    try (InputStream in = ReportRenderer.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) throw new IllegalStateException("the report template " + TEMPLATE + " is missing from this build");
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        // Escaping is JMustache's default; stated so a later edit cannot turn it off unnoticed.
        return Mustache.compiler().escapeHTML(true).compile(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
