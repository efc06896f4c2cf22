package io.trustwatch.report;

/**
 * One chart of the weekly page, drawn twice from the same JFreeChart: a PNG file for slides and
 * mail, and an SVG element for the page itself.
 *
 * @param png PNG bytes, with the chart's title drawn in
 * @param svg an {@code <svg>} element without title (the page shows its own heading), scaled by a viewBox
 */
public record ReportChart(Kind kind, byte[] png, String svg) {

  public enum Kind {
    SENTIMENT_TREND("sentiment-trend"),
    THEME_HEAT_MAP("theme-heat-map"),
    CHURN_RISK("churn-risk");

    private final String slug;

    Kind(String slug) {
      this.slug = slug;
    }

    /** Part of the PNG's file name and of the SVG's element id. */
    public String slug() {
      return slug;
    }
  }
}
