package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private static String html;

  @BeforeAll
  static void render() {
    WeeklyReport report = WeeklyReportFixture.sample();
    html = ReportRenderer.render(report, ReportCharts.draw(report));
  }

  @Test
  void aPostCarryingAScriptIsShownAsText() {
    // JMustache escapes '=' too, as &#x3D;.
    assertTrue(html.contains("&lt;script&gt;window.__pwned &#x3D; true; alert(1)&lt;/script&gt;"), html);
    assertFalse(html.toLowerCase().contains("<script"), "the page has no script element at all");
  }

  @Test
  void userTextInAttributesAndMetadataIsEscaped() {
    assertTrue(html.contains("Acme &amp; Sons &lt;i&gt;"));
    assertFalse(html.contains("<i>"));
  }

  @Test
  void arabicEvidenceRunsRightToLeftAndMarksTheEvidence() {
    assertTrue(html.contains("<blockquote class=\"post evidence\" lang=\"ar\" dir=\"rtl\"><mark>"
        + WeeklyReportFixture.ARABIC_EVIDENCE + "</mark>"), html);
    assertTrue(html.contains("<blockquote class=\"post evidence\" lang=\"en\" dir=\"auto\">They <mark>"
        + WeeklyReportFixture.SCRIPT_EVIDENCE + "</mark>"), html);
  }

  @Test
  void numbersAreFormattedForPeople() {
    assertTrue(html.contains("<p class=\"value\">12,345</p>"));
    assertTrue(html.contains("▲ 1,345 (+12%)"));
    assertTrue(html.contains("2026-W40: 11,000"));
    assertTrue(html.contains("<p class=\"value\">+31%</p>"), "net sentiment (5,200 − 2,100) / 10,000");
    assertTrue(html.contains("<p class=\"change good\">▲ 8 pts</p>"), "from +23% last week");
    assertTrue(html.contains("<p class=\"change good\">▼ 4 pts</p>"), "negative share 21% from 25%");
    assertTrue(html.contains("<p class=\"change bad\">▲ 11 (+79%)</p>"), "theme mentions 25 from 14");
    assertTrue(html.contains("<p class=\"value\">21</p>"), "high-risk customers 8 + 6 + 7");
    assertTrue(html.contains("<p class=\"change bad\">▲ 3 (+17%)</p>"), "from 18 at the prior assessment");
    assertTrue(html.contains("9 mentions, ▲ 5 (+125%)"));
    assertTrue(html.contains("3 mentions, ▲ 3 (new)"));
    assertTrue(html.contains(">97%<"));
    assertTrue(html.contains("5 – 11 Oct 2026"));
  }

  @Test
  void onlyPseudonymousKeysIdentifyCustomers() {
    assertTrue(html.contains("<code>" + WeeklyReportFixture.CUSTOMER_KEY + "</code>"));
    assertTrue(html.contains("trust breach: data breach · gone quiet: 3.7x usual gap · negative tone: -0.63"));
  }

  @Test
  void pageLoadsNothingFromOutside() {
    Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html);
    assertFalse(external.find(), () -> "external reference: " + external.group());
    // The only URLs are the SVG elements' XML namespace names, which browsers never fetch.
    Matcher url = Pattern.compile("(?i)(\\S*)=['\"]https?://").matcher(html);
    while (url.find()) assertTrue(url.group(1).startsWith("xmlns"), url.group());
    // url(#id) points into the same SVG (clip paths); anything else would be fetched.
    assertFalse(Pattern.compile("(?i)<link|<iframe|<img|@import|url\\((?!#)").matcher(html).find());
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
  }

  @Test
  void chartsAreInlineSvgWithDistinctIds() {
    assertEquals(3, count(html, "<svg "));
    for (ReportChart.Kind kind : ReportChart.Kind.values()) {
      Pattern root = Pattern.compile("<svg\\s[^>]*\\bid=[\"']chart-" + kind.slug() + "[\"']");
      assertEquals(1, root.matcher(html).results().count(), kind.name());
    }
  }

  @Test
  void aWeekWithNothingButPostsSaysWhatIsMissing() {
    WeeklyReport bare = new WeeklyReport(WeeklyReportFixture.WEEK, new WeekTotals(3, 0, 0, 0, 0), WeekTotals.NONE,
        List.of(), List.of(), Optional.empty(), List.of());
    String page = ReportRenderer.render(bare, ReportCharts.draw(bare));
    assertEquals(0, count(page, "<svg"));
    assertTrue(page.contains("No post with a sentiment in these weeks."));
    assertTrue(page.contains("No churn assessment on or before the end of 2026-W41."));
    assertTrue(page.contains("No trust-breach theme was mentioned in 2026-W40 or 2026-W41."));
    assertTrue(page.contains("No theme was mentioned more often than in 2026-W40."));
    assertTrue(page.contains("<p class=\"value\">—</p>"));
    assertTrue(page.contains("▲ 3 (new)"));
    assertFalse(page.contains("Highest-risk customers"));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }
}
