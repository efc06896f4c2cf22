package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
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
      assertTrue(chart.svg().contains("viewBox='0.0 0.0 " + kind.width() + ".0 " + kind.height() + ".0'"),
          chart.svg().substring(0, 300));
      String root = chart.svg().substring(0, chart.svg().indexOf('>'));
      assertFalse(root.contains(" width="), "no fixed size: the page scales it");
    }
    assertTrue(GraphicsEnvironment.isHeadless());
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
