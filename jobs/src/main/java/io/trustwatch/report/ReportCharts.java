package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.report.WeeklyReport.BandCount;
import io.trustwatch.report.WeeklyReport.ChurnAssessment;
import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.ThemeMentions;
import io.trustwatch.themes.ThemeCode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws the page's charts with JFreeChart: net sentiment per language over the trend weeks, theme
 * mentions per language (last week next to this week), and churn-risk customers per language and
 * band. A chart with nothing to show is left out; the page says why instead.
 */
public final class ReportCharts {

  static {
    // Charts are drawn on servers and in CI without a display; AWT must not look for one. Only
    // effective before AWT first loads, which is why it happens as this class loads.
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
  }

  /** PNGs are drawn at twice the size so they stay sharp on slides. */
  private static final int PNG_SCALE = 2;

  private static final Color TEXT = new Color(0x33, 0x3d, 0x47);
  private static final Color GRID = new Color(0xe3, 0xe6, 0xea);
  /** Okabe-Ito colours: distinguishable with the common forms of colour blindness. */
  private static final List<Color> SERIES = List.of(new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00),
      new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0xe6, 0x9f, 0x00),
      new Color(0x56, 0xb4, 0xe9), new Color(0x66, 0x66, 0x66), new Color(0xf0, 0xe4, 0x42));
  private static final Map<String, Color> BANDS = Map.of("high", new Color(0xb4, 0x23, 0x18),
      "medium", new Color(0xe8, 0xa2, 0x3b), "low", new Color(0xc5, 0xcc, 0xd3));
  private static final List<String> BAND_ORDER = List.of("high", "medium", "low");

  private ReportCharts() {}

  /** Every chart that has data, in page order. */
  public static List<ReportChart> draw(WeeklyReport report) {
    List<ReportChart> charts = new ArrayList<>();
    sentimentTrend(report).ifPresent(c -> charts.add(render(ReportChart.Kind.SENTIMENT_TREND, c)));
    themeHeatMap(report).ifPresent(c -> charts.add(render(ReportChart.Kind.THEME_HEAT_MAP, c)));
    report.churn().map(ReportCharts::churnRisk)
        .ifPresent(c -> charts.add(render(ReportChart.Kind.CHURN_RISK, c)));
    return charts;
  }

  static Optional<JFreeChart> sentimentTrend(WeeklyReport report) {
    if (report.sentimentTrend().isEmpty()) return Optional.empty();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> langs = byVolume(report.sentimentTrend());
    // Every week gets a column, so a week without posts shows as a gap rather than being skipped.
    for (int i = WeeklyReport.TREND_WEEKS - 1; i >= 0; i--) {
      IsoWeek w = report.week().minusWeeks(i);
      for (String lang : langs) data.addValue(null, LanguageLabels.name(lang), weekLabel(w));
    }
    for (SentimentPoint p : report.sentimentTrend()) {
      data.setValue(p.netSentiment(), LanguageLabels.name(p.lang()), weekLabel(p.week()));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("Net sentiment"),
        new LineAndShapeRenderer(true, true));
    JFreeChart chart = styled(new JFreeChart("Net sentiment by language, " + report.week().minusWeeks(
        WeeklyReport.TREND_WEEKS - 1) + " to " + report.week(), plot));
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.08);
    y.setLowerMargin(0.08);
    plot.addRangeMarker(new ValueMarker(0, TEXT, new BasicStroke(1f)));
    plot.setDomainGridlinesVisible(false);
    plot.getDomainAxis().setCategoryMargin(0);
    LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < langs.size(); i++) {
      lines.setSeriesPaint(i, SERIES.get(i % SERIES.size()));
      lines.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    return Optional.of(chart);
  }

  /** Two heat maps side by side sharing the theme axis: last week, then this week, on one colour scale. */
  static Optional<JFreeChart> themeHeatMap(WeeklyReport report) {
    if (report.themes().isEmpty()) return Optional.empty();
    Map<String, Long> totals = report.themes().stream().collect(Collectors.groupingBy(ThemeMentions::lang,
        Collectors.summingLong(t -> t.thisWeek() + t.lastWeek())));
    List<String> langs = totals.keySet().stream()
        .sorted(Comparator.comparing((String l) -> -totals.get(l)).thenComparing(l -> l)).toList();
    ThemeCode[] themes = ThemeCode.values();
    MentionScale scale = new MentionScale(
        report.themes().stream().mapToLong(t -> Math.max(t.thisWeek(), t.lastWeek())).max().orElse(1));
    SymbolAxis themeAxis = new SymbolAxis(null, Arrays.stream(themes)
        .map(t -> themeLabel(t.code())).toArray(String[]::new));
    themeAxis.setInverted(true);
    themeAxis.setGridBandsVisible(false);
    CombinedRangeXYPlot plot = new CombinedRangeXYPlot(themeAxis);
    plot.setGap(28);
    plot.add(heatPanel(report, langs, themes, scale, false, "Last week (" + report.week().previous() + ")"));
    plot.add(heatPanel(report, langs, themes, scale, true, "This week (" + report.week() + ")"));
    JFreeChart chart = styled(new JFreeChart("Trust-breach mentions by language and theme", plot));
    chart.removeLegend();
    // After styling: the theme would otherwise reset the labels' font and colour.
    for (XYPlot panel : plot.getSubplots()) {
      panel.setOutlineVisible(false);
      labelCells(panel, scale);
    }
    return Optional.of(chart);
  }

  private static XYPlot heatPanel(WeeklyReport report, List<String> langs, ThemeCode[] themes, MentionScale scale,
      boolean thisWeek, String label) {
    Map<String, Long> mentions = new HashMap<>();
    for (ThemeMentions t : report.themes()) mentions.put(cell(t.lang(), t.theme()), thisWeek ? t.thisWeek() : t.lastWeek());
    double[][] xyz = new double[3][langs.size() * themes.length];
    int i = 0;
    for (int x = 0; x < langs.size(); x++) {
      for (int y = 0; y < themes.length; y++, i++) {
        xyz[0][i] = x;
        xyz[1][i] = y;
        xyz[2][i] = mentions.getOrDefault(cell(langs.get(x), themes[y].code()), 0L);
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("mentions", xyz);
    XYBlockRenderer blocks = new XYBlockRenderer();
    blocks.setPaintScale(scale);
    SymbolAxis langAxis = new SymbolAxis(label, langs.stream().map(LanguageLabels::name).toArray(String[]::new));
    langAxis.setGridBandsVisible(false);
    return new XYPlot(data, langAxis, null, blocks);
  }

  /** Writes each non-zero count into its cell. */
  private static void labelCells(XYPlot panel, MentionScale scale) {
    panel.setDomainGridlinesVisible(false);
    panel.setRangeGridlinesVisible(false);
    DefaultXYZDataset data = (DefaultXYZDataset) panel.getDataset();
    for (int i = 0; i < data.getItemCount(0); i++) {
      double n = data.getZValue(0, i);
      if (n <= 0) continue;
      XYTextAnnotation value = new XYTextAnnotation(Long.toString((long) n), data.getXValue(0, i), data.getYValue(0, i));
      value.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      value.setPaint(scale.labelPaint(n));
      panel.addAnnotation(value);
    }
  }

  /** White for none, then from pale to deep red as mentions approach the busiest cell of both weeks. */
  private record MentionScale(long max) implements PaintScale {

    private static final Color NONE = new Color(0xf3, 0xf5, 0xf7);
    private static final Color FEW = new Color(0xfb, 0xd9, 0xc9);
    private static final Color MANY = new Color(0xa3, 0x1f, 0x1a);

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return Math.max(1, max);
    }

    @Override
    public Paint getPaint(double value) {
      if (value <= 0) return NONE;
      double t = max <= 1 ? 1 : (value - 1) / (max - 1);
      return new Color(mix(FEW.getRed(), MANY.getRed(), t), mix(FEW.getGreen(), MANY.getGreen(), t),
          mix(FEW.getBlue(), MANY.getBlue(), t));
    }

    Paint labelPaint(double value) {
      return value > 0.5 * max && max > 1 ? Color.WHITE : TEXT;
    }

    private static int mix(int from, int to, double t) {
      return (int) Math.round(from + (to - from) * Math.min(1, Math.max(0, t)));
    }
  }

  /**
   * One small bar chart per band, side by side over the same languages, each on its own scale: the
   * few high-risk customers would vanish next to the many low-risk ones on a shared scale.
   */
  static JFreeChart churnRisk(ChurnAssessment churn) {
    Map<String, Long> totals = churn.counts().stream()
        .collect(Collectors.groupingBy(BandCount::lang, Collectors.summingLong(BandCount::customers)));
    List<String> langs = totals.keySet().stream()
        .sorted(Comparator.comparing((String l) -> -totals.get(l)).thenComparing(l -> l)).toList();
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(null));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(16);
    List<CategoryPlot> panels = new ArrayList<>();
    for (String band : BAND_ORDER) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (String lang : langs) data.addValue(0, bandLabel(band), LanguageLabels.name(lang));
      for (BandCount c : churn.counts()) {
        if (c.band().equals(band)) data.setValue(c.customers(), bandLabel(band), LanguageLabels.name(c.lang()));
      }
      NumberAxis customers = new NumberAxis(bandLabel(band));
      customers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      customers.setUpperMargin(0.25);
      CategoryPlot panel = new CategoryPlot(data, null, customers, new BarRenderer());
      panels.add(panel);
      plot.add(panel);
    }
    JFreeChart chart = styled(new JFreeChart("Customers by churn-risk band, assessed " + ReportFormat.date(churn.asOf()),
        plot));
    chart.removeLegend();
    for (int i = 0; i < BAND_ORDER.size(); i++) {
      CategoryPlot panel = panels.get(i);
      panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
      panel.setDomainGridlinesVisible(false);
      panel.setOutlineVisible(false);
      BarRenderer bars = (BarRenderer) panel.getRenderer();
      bars.setSeriesPaint(0, BANDS.get(BAND_ORDER.get(i)));
      bars.setMaximumBarWidth(0.5);
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
      bars.setDefaultItemLabelsVisible(true);
      bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      bars.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    }
    return chart;
  }

  private static JFreeChart styled(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setTitlePaint(TEXT);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setItemLabelPaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.apply(chart);
    chart.getPlot().setOutlineVisible(false);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  /** PNG with the title, then SVG without it; ids in the SVG get the chart's prefix so several fit in one page. */
  static ReportChart render(ReportChart.Kind kind, JFreeChart chart) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeScaledChartAsPNG(png, chart, kind.width(), kind.height(), PNG_SCALE, PNG_SCALE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the " + kind.slug() + " chart as PNG", e);
    }
    chart.setTitle((String) null);
    String element = svgElement(kind, chart);
    return new ReportChart(kind, png.toByteArray(), element);
  }

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  /**
   * The chart as one {@code <svg>} element for inlining in HTML: no XML declaration or DOCTYPE, no width or
   * height (the page's CSS sizes it and the viewBox keeps its proportions), and every id starting with the
   * chart's slug so three charts in one page do not share clip paths.
   */
  static String svgElement(ReportChart.Kind kind, JFreeChart chart) {
    String prefix = kind.slug() + "-";
    // The JDK's DOM is enough for Batik's generator; batik-dom (and the old xml-apis jars it pulls) is not needed.
    Document document;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK has no DOM implementation", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setIDGenerator(new SVGIDGenerator() {
      @Override
      public String generateID(String idPrefix) {
        return prefix + super.generateID(idPrefix);
      }
    });
    context.setComment(null); // no "Generated by Batik" comment in every page
    // Text stays <text> (selectable, escaped, scales crisply) rather than outlines.
    SVGGraphics2D svg = new SVGGraphics2D(context, false);
    chart.draw(svg, new Rectangle(0, 0, kind.width(), kind.height()));

    // No canvas size was set, so getRoot() writes no width/height attributes.
    Element root = svg.getRoot();
    root.setAttributeNS(null, "id", "chart-" + kind.slug());
    root.setAttributeNS(null, "viewBox", "0 0 " + kind.width() + " " + kind.height());
    root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
    root.setAttributeNS(XMLNS_NS, "xmlns:xlink", "http://www.w3.org/1999/xlink");
    // Batik names its <defs> "genericDefs" without asking the id generator; prefix it like the rest.
    NodeList defs = root.getElementsByTagNameNS(SVG_NS, "defs");
    for (int i = 0; i < defs.getLength(); i++) {
      Element def = (Element) defs.item(i);
      String id = def.getAttribute("id");
      if (!id.isEmpty() && !id.startsWith(prefix)) def.setAttributeNS(null, "id", prefix + id);
    }
    StringWriter out = new StringWriter();
    try {
      // Batik's own writer is package-private and its public stream(...) methods always start with an XML
      // declaration, so the JDK's serializer writes the element: it escapes markup characters in text and
      // attributes, and leaves other characters as they are (the page is UTF-8).
      Transformer serializer = TransformerFactory.newInstance().newTransformer();
      serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      serializer.setOutputProperty(OutputKeys.INDENT, "no");
      serializer.transform(new DOMSource(root), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IllegalStateException("could not write the " + kind.slug() + " chart as SVG", e);
    }
    return out.toString().strip();
  }

  private static String cell(String lang, String theme) {
    return lang + "/" + theme;
  }

  /** Languages by scored posts over the trend, most first, so the biggest markets get the first colours. */
  private static List<String> byVolume(List<SentimentPoint> points) {
    Map<String, Long> volume = points.stream()
        .collect(Collectors.groupingBy(SentimentPoint::lang, Collectors.summingLong(SentimentPoint::scoredPosts)));
    return volume.keySet().stream()
        .sorted(Comparator.comparing((String l) -> -volume.get(l)).thenComparing(l -> l)).toList();
  }

  private static String weekLabel(IsoWeek week) {
    return String.format("W%02d", week.week());
  }

  /** e.g. {@code Broken promise} for {@code broken_promise}. */
  static String themeLabel(String code) {
    String words = code.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String bandLabel(String band) {
    return Character.toUpperCase(band.charAt(0)) + band.substring(1) + " risk";
  }
}
