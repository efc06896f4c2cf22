package io.trustwatch.cli;

import io.trustwatch.jobs.maintenance.MaintenanceJob;
import io.trustwatch.jobs.maintenance.MaintenanceJob.TableUpkeep;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "maintain", mixinStandardHelpOptions = true,
    description = {
        "Compact every table's small files (Delta OPTIMIZE), then delete the data files no table version of the "
            + "retention period reads any more (Delta VACUUM), and print what was done per table.",
        "Every run adds small files, and reads slow down as they pile up: schedule it between runs, e.g. weekly "
            + "after `run`. It changes no row.",
        "A retention under " + MaintenanceJob.SAFE_RETENTION_HOURS + " hours (Delta's safety default) is for a "
            + "lakehouse no run is using meanwhile: `--retain-hours 0` right after `erase` deletes the erased rows "
            + "from disk at once. Time travel to versions older than the retention is lost."})
final class MaintainCommand implements Callable<Integer> {

  @Option(names = "--retain-hours", paramLabel = "H", defaultValue = "" + MaintenanceJob.SAFE_RETENTION_HOURS,
      description = "Keep the files any table version of the last H hours reads. Default: ${DEFAULT-VALUE}.")
  int retainHours;

  @Mixin SparkOptions spark;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (retainHours < 0) {
      throw new ParameterException(spec.commandLine(), "--retain-hours must be at least 0, got " + retainHours);
    }
    SparkSession session = spark.sessionOnExistingTables();
    List<TableUpkeep> done = StageRun.logged(spark, MaintenanceJob.STAGE, null,
        runId -> new MaintenanceJob(session, spark.lakehouse()).run(runId, retainHours));
    PrintWriter out = spec.commandLine().getOut();
    for (TableUpkeep u : done) {
      out.printf("maintain: %-22s %,6d small files compacted into %,d; %,6d files deleted%n", u.table().qualifiedName(),
          u.filesCompacted(), u.filesWritten(), u.filesDeleted());
    }
    out.printf("maintain: %d tables; %,d files compacted, %,d deleted (retention %d hours)%n", done.size(),
        MaintenanceJob.compacted(done), MaintenanceJob.deleted(done), retainHours);
    return 0;
  }
}
