package io.trustwatch.report;

/**
 * One chart of the weekly page, drawn twice from the same JFreeChart: a PNG file for slides and
 * mail, and an SVG element for the page itself.
 *
 * @param png PNG bytes, with the chart's title drawn in
 * @param svg an {@code <svg>} element without title (the page shows its own heading), scaled by a viewBox
 */
public record ReportChart(Kind kind, byte[] png, String svg) {

  /** Which chart, and its size in CSS pixels: half-width panels, or the full-width heat map. */
  public enum Kind {
    SENTIMENT_TREND("sentiment-trend", 600, 340),
    THEME_HEAT_MAP("theme-heat-map", 1100, 330),
    CHURN_RISK("churn-risk", 600, 340);

    private final String slug;
    private final int width;
    private final int height;

    Kind(String slug, int width, int height) {
      this.slug = slug;
      this.width = width;
      this.height = height;
    }

    public int width() {
      return width;
    }

    public int height() {
      return height;
    }

    /** Part of the PNG's file name and of the SVG's element id. */
    public String slug() {
      return slug;
    }
  }
}
