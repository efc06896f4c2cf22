package io.trustwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportScreenshotTest {

  @TempDir Path tmp;

  @Test
  void aMissingChromiumIsAOneLineErrorSayingWhatToDo() throws Exception {
    Path html = Files.writeString(tmp.resolve("page.html"), "<!DOCTYPE html><title>x</title>");
    IOException e = assertThrows(IOException.class,
        () -> ReportScreenshot.capture(tmp.resolve("no-such-chromium").toString(), html, tmp.resolve("page.png")));
    assertTrue(e.getMessage().startsWith("cannot start Chromium '" + tmp.resolve("no-such-chromium") + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install chromium") && e.getMessage().contains("--chromium"));
    assertEquals(1, e.getMessage().lines().count());
    assertFalse(Files.exists(tmp.resolve("page.png")));
  }

  @Test
  void blankRowsBelowThePageAreCutOff() throws Exception {
    BufferedImage shot = new BufferedImage(50, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = shot.createGraphics();
    g.setColor(new Color(0xf3, 0xf4, 0xf6));
    g.fillRect(0, 0, 50, 500);
    g.setColor(Color.DARK_GRAY);
    g.fillRect(10, 20, 30, 180);
    g.dispose();
    Path png = tmp.resolve("shot.png");
    ImageIO.write(shot, "png", png.toFile());
    ReportScreenshot.cropBlankBottom(png);
    assertEquals(200 + 8, ImageIO.read(png.toFile()).getHeight(), "last page row 199, then the margin");
  }

  @Test
  void chromiumIsKeptOffTheNetwork() {
    assertTrue(ReportScreenshot.headlessFlags(tmp).containsAll(java.util.List.of("--headless=new",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--no-first-run", "--user-data-dir=" + tmp.toAbsolutePath())));
  }
}
