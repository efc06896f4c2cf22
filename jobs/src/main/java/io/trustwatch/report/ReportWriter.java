package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.Lakehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the weekly report into a folder: {@code report-<week>.html}, self-contained, and one
 * {@code report-<week>-<chart>.png} per chart. Existing files of the same week are replaced.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /** The report of {@code week} from the lakehouse, with weeks cut in UTC (the pipeline's default). */
  public static List<Path> write(SparkSession spark, Lakehouse lakehouse, IsoWeek week, Path outDir) throws IOException {
    return write(spark, lakehouse, week, "UTC", outDir);
  }

  /**
   * @param timeZone the time zone the pipeline cut weeks in
   * @return the written files, the HTML page first
   * @throws WeeklyReportQuery.WeekNotFoundException when the week has no posts
   */
  public static List<Path> write(SparkSession spark, Lakehouse lakehouse, IsoWeek week, String timeZone, Path outDir)
      throws IOException {
    return write(new WeeklyReportQuery(spark, lakehouse, timeZone).load(week), outDir);
  }

  /** Draws and writes an already loaded report; needs no Spark. */
  public static List<Path> write(WeeklyReport report, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<ReportChart> charts = ReportCharts.draw(report);
    String base = "report-" + report.week();
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(outDir.resolve(base + ".html"), ReportRenderer.render(report, charts),
        StandardCharsets.UTF_8));
    for (ReportChart chart : charts) {
      written.add(Files.write(outDir.resolve(base + "-" + chart.kind().slug() + ".png"), chart.png()));
    }
    return written;
  }
}
