package io.trustwatch.cli;

import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.RunLog;
import io.trustwatch.report.ReportScreenshot;
import io.trustwatch.report.ReportWriter;
import io.trustwatch.report.WeeklyReportQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
        "Write the weekly report for managers: one self-contained HTML page (sentiment trend per language, "
            + "theme heat map, churn risk by band and language, rising themes with evidence, headline numbers "
            + "with week-over-week change) and the charts as PNG files.",
        "The page needs no network to view: styles and charts are inline."})
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--week", paramLabel = "YYYY-Www", converter = WeekConverter.class,
      description = "ISO week to report, e.g. 2026-W41. Default: the week the latest run raised its alerts for (the "
          + "last whole week before its --as-of), else the latest week in gold.sentiment_weekly.")
  IsoWeek week;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for report-<week>.html and its PNG charts (created if missing; files of that week are replaced).")
  Path out;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "Time zone the pipeline cut weeks in (its --time-zone). Default: the one the latest trends run "
          + "recorded, else " + TimeZoneOption.DEFAULT + ".")
  String timeZone;

  @Option(names = "--screenshot", paramLabel = "FILE",
      description = "Also render the page to this PNG with headless Chromium (1280 px wide, as tall as the page).")
  Path screenshot;

  @Option(names = "--chromium", defaultValue = "chromium", paramLabel = "PATH",
      description = "Chromium or Chrome executable for --screenshot. Default: ${DEFAULT-VALUE} (on the PATH).")
  String chromium;

  @Mixin SparkOptions spark;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (timeZone != null) TimeZoneOption.validated(spec, timeZone);
    SparkSession session = spark.session();
    // The weeks must be cut as the weekly tables cut them, or evidence would come from other days.
    String zone = timeZone != null ? timeZone
        : TrendsJob.latestTimeZone(session, new RunLog(spark.lakehouse())).orElse(TimeZoneOption.DEFAULT);
    IsoWeek reported = week != null ? week : new WeeklyReportQuery(session, spark.lakehouse(), zone).defaultWeek();
    List<Path> written;
    try {
      written = ReportWriter.write(session, spark.lakehouse(), reported, zone, out);
    } catch (WeeklyReportQuery.WeekNotFoundException e) {
      throw new ParameterException(spec.commandLine(), "--week: " + e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("report: week    %s, weeks cut in %s%n", reported, zone);
    stdout.printf("report: page    %s%n", written.get(0));
    for (Path chart : written.subList(1, written.size())) stdout.printf("report: chart   %s%n", chart);
    if (screenshot != null) {
      ReportScreenshot.capture(chromium, written.get(0), screenshot);
      stdout.printf("report: picture %s%n", screenshot.toAbsolutePath());
    }
    return 0;
  }

  /** A malformed week is a usage error naming the expected form. */
  static final class WeekConverter implements ITypeConverter<IsoWeek> {
    @Override
    public IsoWeek convert(String value) {
      try {
        return IsoWeek.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
