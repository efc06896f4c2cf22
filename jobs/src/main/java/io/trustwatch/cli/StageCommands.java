package io.trustwatch.cli;

import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.jobs.churn.ActivityInput;
import io.trustwatch.jobs.churn.ChurnJob;
import io.trustwatch.jobs.enrich.EnrichJob;
import io.trustwatch.jobs.privacy.OptOutEnforcer;
import io.trustwatch.jobs.trends.TrendsJob;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** One command per stage after ingest, for schedulers that run stages as separate tasks. */
final class StageCommands {

  private StageCommands() {}

  @Command(name = "enrich", mixinStandardHelpOptions = true,
      description = {"Score new or changed bronze posts into silver.scored_posts: PII redaction, pseudonymous "
          + "customer key, language, sentiment, themes with evidence, churn intent.",
          "Needs TRUSTWATCH_PSEUDONYM_KEY in the environment."})
  static final class Enrich implements Callable<Integer> {
    @Mixin SparkOptions spark;
    @Mixin PipelineOptions pipeline;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      var settings = pipeline.settings(false);
      EnrichJob.EnrichSummary s = StageRun.logged(spark, EnrichJob.STAGE, null, runId -> new EnrichJob(spark.session(),
          spark.lakehouse(), settings.pseudonyms(), settings.optOut(), settings.languages()).run(runId));
      spec.commandLine().getOut().printf("enrich: %,d posts scored %s%n", s.scored(), s.byLanguage());
      return 0;
    }
  }

  @Command(name = "trends", mixinStandardHelpOptions = true,
      description = "Rebuild the weekly trend tables gold.sentiment_weekly, gold.theme_weekly and "
          + "gold.customer_weekly from silver.scored_posts.")
  static final class Trends implements Callable<Integer> {
    @Option(names = "--from-week", paramLabel = "DATE",
        description = "Rebuild only weeks from the one containing this date; default: every week.")
    LocalDate fromWeek;

    @Mixin TimeZoneOption timeZone;

    @Mixin SparkOptions spark;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      String zone = timeZone.validated(spec);
      requireSilver(spec, spark);
      LocalDate monday = fromWeek == null ? null : fromWeek.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      Map<Table, Long> written = StageRun.logged(spark, TrendsJob.STAGE, null,
          runId -> new TrendsJob(spark.session(), spark.lakehouse(), zone).run(runId, monday));
      PrintWriter out = spec.commandLine().getOut();
      written.forEach((t, n) -> out.printf("trends: %s %,d rows%n", t.qualifiedName(), n));
      return 0;
    }
  }

  @Command(name = "churn", mixinStandardHelpOptions = true,
      description = {"Score every customer's silent-churn risk at --as-of into gold.churn_risk (that date's rows are replaced; "
              + "when the date was scored before and few customers changed, only theirs, with the same BG/NBD fit).",
          "With --activity or --opt-out, needs TRUSTWATCH_PSEUDONYM_KEY in the environment."})
  static final class Churn implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment date. Default: today (UTC).")
    LocalDate asOf;

    @Mixin SparkOptions spark;
    @Mixin ActivityOptions activity;
    @Mixin OptOutOption optOut;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      requireSilver(spec, spark);
      OptOutList optOutList = optOut.load(spec);
      // The key is needed only to match raw customer ids (activity, opt-out) to customer keys.
      CustomerPseudonymiser pseudonyms = activity.isGiven() || optOut.isGiven()
          ? PipelineOptions.pseudonymiser(false) : null;
      Optional<ActivityInput> activityInput = activity.input(spark.session(), pseudonyms, optOutList);
      if (optOut.isGiven()) {
        new OptOutEnforcer(spark.session(), spark.lakehouse()).removeFromDerivedTables(optOutList.pseudonyms(pseudonyms));
      }
      ChurnJob job = new ChurnJob(spark.session(), spark.lakehouse(), ChurnRiskConfig.shipped());
      LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
      ChurnJob.ChurnSummary s = StageRun.logged(spark, ChurnJob.STAGE, date, runId -> activityInput.isPresent()
          ? job.run(runId, date, activityInput.get()) : job.run(runId, date));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("churn: %,d customers %s; %,d silent and high risk%n", s.customers(), s.byBand(), s.silentHigh());
      Summaries.printActivity(out, s);
      return 0;
    }
  }

  private static void requireSilver(CommandSpec spec, SparkOptions spark) {
    if (!spark.lakehouse().exists(spark.session(), Table.SILVER_SCORED_POSTS)) {
      throw new ParameterException(spec.commandLine(),
          "--lakehouse: no silver.scored_posts under " + spark.lakehouse().root() + " (run ingest and enrich first)");
    }
  }
}
