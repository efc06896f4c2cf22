package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

  @Test
  void everyChartIsAPngAndAScalableSvg() throws Exception {
    List<ReportChart> charts = ReportCharts.draw(WeeklyReportFixture.sample());
    assertEquals(List.of(ReportChart.Kind.SENTIMENT_TREND, ReportChart.Kind.THEME_HEAT_MAP, ReportChart.Kind.CHURN_RISK),
        charts.stream().map(ReportChart::kind).toList());
    for (ReportChart chart : charts) {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(chart.png()));
      ReportChart.Kind kind = chart.kind();
      assertEquals(2 * kind.width(), png.getWidth(), kind.name());
      assertEquals(2 * kind.height(), png.getHeight(), kind.name());
      assertTrue(chart.svg().startsWith("<svg "), kind.name());
      assertTrue(chart.svg().endsWith("</svg>"), kind.name());
      assertFalse(chart.svg().contains("<?xml") || chart.svg().contains("<!DOCTYPE"), "an element, not a document");
      String root = chart.svg().substring(0, chart.svg().indexOf('>'));
      assertTrue(Pattern.compile("\\sid=[\"']chart-" + kind.slug() + "[\"']").matcher(root).find(), root);
      assertTrue(Pattern.compile("\\sviewBox=[\"']0 0 " + kind.width() + " " + kind.height() + "[\"']")
          .matcher(root).find(), root);
      assertFalse(root.contains(" width=") || root.contains(" height="), "no fixed size: the page scales it");
    }
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void idsArePrefixedPerChartAndNeverShared() {
    Set<String> seen = new HashSet<>();
    int references = 0;
    for (ReportChart chart : ReportCharts.draw(WeeklyReportFixture.sample())) {
      String slug = chart.kind().slug();
      Matcher id = Pattern.compile("\\sid=[\"']([^\"']*)[\"']").matcher(chart.svg());
      while (id.find()) {
        String value = id.group(1);
        assertTrue(value.equals("chart-" + slug) || value.startsWith(slug + "-"), slug + ": " + value);
        assertTrue(seen.add(value), "id used twice: " + value);
      }
      // Every url(#...) reference points at an id of the same chart.
      Matcher ref = Pattern.compile("url\\(#([^)]*)\\)").matcher(chart.svg());
      while (ref.find()) {
        assertTrue(ref.group(1).startsWith(slug + "-"), slug + ": " + ref.group());
        assertTrue(chart.svg().contains("id=\"" + ref.group(1) + "\"") || chart.svg().contains("id='" + ref.group(1) + "'"),
            ref.group());
        references++;
      }
    }
    assertTrue(references > 0, "the plots are clipped, so the charts do refer to their own defs");
  }

  @Test
  void chartTextIsEscapedInTheSvg() {
    IsoWeek week = WeeklyReportFixture.WEEK;
    WeeklyReport odd = new WeeklyReport(week, WeekTotals.NONE, WeekTotals.NONE,
        List.of(new SentimentPoint(week, "x<b>&", 3, 0.5)), List.of(), Optional.empty(), List.of());
    String svg = ReportCharts.draw(odd).get(0).svg();
    assertTrue(svg.contains("x&lt;b&gt;&amp;"), svg);
    assertFalse(svg.contains("x<b>"));
  }

  @Test
  void chartsWithoutDataAreLeftOut() {
    WeeklyReport bare = new WeeklyReport(WeeklyReportFixture.WEEK, WeekTotals.NONE, WeekTotals.NONE,
        List.of(), List.of(), Optional.empty(), List.of());
    assertEquals(List.of(), ReportCharts.draw(bare));
  }

  @Test
  void themeCodesBecomeLabels() {
    assertEquals("Broken promise", ReportCharts.themeLabel("broken_promise"));
    assertEquals("High risk", ReportCharts.bandLabel("high"));
  }
}
