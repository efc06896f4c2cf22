package io.trustwatch.cli;

import io.trustwatch.jobs.privacy.ErasureJob;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.pipeline.RunIds;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "erase", mixinStandardHelpOptions = true,
    description = {
        "Remove one customer from every table (bronze, quarantine, silver, gold) with Delta DELETE and report "
            + "the rows removed per table.",
        "The deleted rows stay in older Delta files until VACUUM deletes them: `trustwatch maintain --retain-hours 0` "
            + "does it at once (with no run using the lakehouse meanwhile); the scheduled `maintain` does it once the "
            + "files are older than its retention.",
        "The weekly tables (gold.sentiment_weekly, gold.theme_weekly) hold counts and redacted example snippets, "
            + "not customer keys: erase rebuilds the weeks the customer posted in without them, in the time zone the "
            + "last trends run cut weeks in, and takes the snippets out of the alerts that cite them.",
        "Needs the same TRUSTWATCH_PSEUDONYM_KEY as the runs that wrote the tables (or --demo-key for the demo)."})
final class EraseCommand implements Callable<Integer> {

  @Option(names = "--customer", required = true, paramLabel = "ID",
      description = "The customer id as the sources send it (or the author name for sources without ids).")
  String customer;

  @Option(names = "--demo-key", description = "Use the public demo key (for a lakehouse written by `demo`).")
  boolean demoKey;

  @Mixin SparkOptions spark;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ErasureJob.Erasure erasure = new ErasureJob(spark.session(), spark.lakehouse())
        .erase(RunIds.next(), customer, PipelineOptions.pseudonymiser(demoKey));
    Map<Table, Long> removed = erasure.removed();
    PrintWriter out = spec.commandLine().getOut();
    long total = 0;
    for (Map.Entry<Table, Long> e : removed.entrySet()) {
      out.printf("erase: %-22s %,8d rows removed%n", e.getKey().qualifiedName(), e.getValue());
      total += e.getValue();
    }
    out.printf("erase: %,d rows removed in total; `maintain --retain-hours 0` deletes them from disk (see --help)%n",
        total);
    if (erasure.alertsUnquoted() > 0) {
      out.printf("erase: %,d alert(s) about others no longer quote the customer; the alert exports were rewritten%n",
          erasure.alertsUnquoted());
    }
    if (erasure.weeklyRebuilt().isPresent()) {
      out.printf("erase: the weeks the customer posted in were rebuilt without them (weeks cut in %s)%n",
          erasure.weeklyRebuilt().get());
    } else if (removed.getOrDefault(Table.SILVER_SCORED_POSTS, 0L) > 0) {
      out.println("erase: no trends run recorded its time zone: the weekly tables drop the customer's posts at "
          + "the next `run` or `trends`");
    }
    return 0;
  }
}
