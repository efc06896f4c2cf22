package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The page, rendered from {@link WeeklyReportFixture} without Spark, opened from disk by headless
 * Chromium through chromedriver. Skipped when either is missing, unless
 * {@code TRUSTWATCH_REQUIRE_BROWSER=1} (CI), which turns a missing browser into a failure.
 * The system's Chromium and chromedriver are used, so Selenium Manager never downloads anything;
 * other paths can be given as {@code -Dtrustwatch.chromium=...} and {@code -Dtrustwatch.chromedriver=...}.
 */
class ReportBrowserIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("trustwatch.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("trustwatch.chromedriver", "/usr/bin/chromedriver"));
  /** Kept for people to look at after a run; Failsafe runs in the module folder. */
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

  @TempDir static Path tmp;
  private static Path page;
  private static ChromeDriver browser;

  @BeforeAll
  static void openReport() throws Exception {
    requireBrowser();
    page = ReportWriter.write(WeeklyReportFixture.sample(), tmp.resolve("report")).get(0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(ReportScreenshot.headlessFlags(tmp.resolve("profile")));
    options.addArguments("--window-size=1280,1000", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withLogFile(tmp.resolve("chromedriver.log").toFile())
        .build();
    browser = new ChromeDriver(service, options);
    browser.get(page.toUri().toString());
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing = "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
    if (!present && "1".equals(System.getenv("TRUSTWATCH_REQUIRE_BROWSER"))) {
      fail("TRUSTWATCH_REQUIRE_BROWSER=1 but the browser is missing: " + missing);
    }
    assumeTrue(present, missing);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) browser.quit();
  }

  @Test
  void pageLogsNoErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void everyChartIsDrawnWithASize() {
    List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart > svg"));
    assertEquals(ReportChart.Kind.values().length, charts.size());
    for (WebElement chart : charts) {
      Dimension size = chart.getSize();
      assertTrue(size.getWidth() > 200 && size.getHeight() > 100, chart.getAttribute("id") + " is " + size);
    }
  }

  @Test
  void arabicEvidenceReadsRightToLeft() {
    WebElement arabic = browser.findElement(By.cssSelector("blockquote.evidence[lang='ar']"));
    assertEquals("rtl", arabic.getCssValue("direction"));
    assertTrue(arabic.getText().contains(WeeklyReportFixture.ARABIC_EVIDENCE), arabic.getText());
    assertEquals(WeeklyReportFixture.ARABIC_EVIDENCE, arabic.findElement(By.tagName("mark")).getText());
    assertEquals("ltr", browser.findElement(By.cssSelector("blockquote.evidence[lang='en']")).getCssValue("direction"));
  }

  @Test
  void aPostCarryingAScriptStaysText() {
    JavascriptExecutor js = browser;
    assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"), "the post's script ran");
    assertEquals(0L, js.executeScript("return document.querySelectorAll('script').length"));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    String text = browser.findElement(By.tagName("body")).getText();
    assertTrue(text.contains("<script>window.__pwned = true; alert(1)</script>"), text);
  }

  @Test
  void wholePageScreenshotIsSaved() throws Exception {
    // The window's size includes what the browser draws around the page, so add that difference.
    long height = (Long) browser.executeScript(
        "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
    browser.manage().window().setSize(new Dimension(1280, (int) height));
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    BufferedImage shot = ImageIO.read(SCREENSHOT.toFile());
    assertTrue(shot.getHeight() >= 1000, "the whole page, not the first screen: " + shot.getHeight());
  }

  @Test
  void screenshotOptionRendersThePageWithChromiumAlone() throws Exception {
    Path png = tmp.resolve("cli-screenshot.png");
    ReportScreenshot.capture(CHROMIUM.toString(), page, png);
    BufferedImage shot = ImageIO.read(png.toFile());
    assertEquals(ReportScreenshot.WIDTH, shot.getWidth());
    assertTrue(shot.getHeight() > 1000 && shot.getHeight() < ReportScreenshot.HEIGHT,
        "cropped to the page: " + shot.getHeight());
  }
}
