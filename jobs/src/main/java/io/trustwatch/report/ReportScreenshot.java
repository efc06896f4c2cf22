package io.trustwatch.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Renders a written report page to PNG with headless Chromium's own {@code --screenshot} mode, for
 * the README and for mail clients that show no HTML.
 */
public final class ReportScreenshot {

  static final int WIDTH = 1280;
  /** Taller than any report; the blank space below the page is cut off afterwards. */
  static final int HEIGHT = 6000;
  static final Duration TIMEOUT = Duration.ofSeconds(90);
  /** Kept below the page's last pixel row so the screenshot does not end abruptly. */
  private static final int BOTTOM_MARGIN = 8;

  private ReportScreenshot() {}

  /**
   * Flags for a headless Chromium that stays off the network. Without the background-networking
   * flags Chromium keeps trying to reach Google services and, on a closed network, stalls;
   * {@code --no-sandbox} lets it run as root in containers, acceptable for our own script-free page.
   */
  public static List<String> headlessFlags(Path userDataDir) {
    return List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + userDataDir.toAbsolutePath());
  }

  /**
   * @param chromium the Chromium (or Chrome) executable, a path or a name on the PATH
   * @throws IOException with a one-line cause when Chromium is missing, fails or times out
   */
  public static void capture(String chromium, Path html, Path png) throws IOException {
    Path profile = Files.createTempDirectory("trustwatch-chromium");
    Path log = profile.resolve("chromium.log");
    Path target = png.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Files.deleteIfExists(target);
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(headlessFlags(profile.resolve("profile")));
    command.addAll(List.of("--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + target, html.toAbsolutePath().toUri().toString()));
    try {
      Process process;
      try {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      } catch (IOException e) {
        throw new IOException("cannot start Chromium '" + chromium + "' (" + e.getMessage()
            + "); install it (Debian: apt-get install chromium) or pass its path with --chromium");
      }
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IOException("Chromium did not finish the screenshot within " + TIMEOUT.toSeconds() + " s");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(target)) {
        throw new IOException("Chromium could not take the screenshot (exit " + process.exitValue() + "): "
            + lastLine(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Chromium took the screenshot", e);
    } finally {
      deleteRecursively(profile);
    }
    cropBlankBottom(target);
  }

  /** Cuts the rows below the page that only repeat the colour of the very last row. */
  static void cropBlankBottom(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    int background = image.getRGB(0, image.getHeight() - 1);
    int last = image.getHeight() - 1;
    while (last > 0 && rowIs(image, last, background)) last--;
    int height = Math.min(image.getHeight(), last + 1 + BOTTOM_MARGIN);
    if (height < image.getHeight()) ImageIO.write(image.getSubimage(0, 0, image.getWidth(), height), "png", png.toFile());
  }

  private static boolean rowIs(BufferedImage image, int y, int rgb) {
    for (int x = 0; x < image.getWidth(); x++) {
      if (image.getRGB(x, y) != rgb) return false;
    }
    return true;
  }

  private static String lastLine(Path log) throws IOException {
    if (!Files.exists(log)) return "no output";
    List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
