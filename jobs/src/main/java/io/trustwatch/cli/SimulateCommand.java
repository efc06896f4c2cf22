package io.trustwatch.cli;

import io.trustwatch.sample.Simulation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {
        "Write synthetic customers' posts in the input contract (posts.jsonl) with each customer's true fate "
            + "(labels.csv: loyal_happy, quiet_happy, loud_churner, silent_churner, recovered).",
        "The same seed always writes the same files; `evaluate churn --data DIR` measures the churn model on them."})
final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--customers", defaultValue = "2000", paramLabel = "N", description = "Customers. Default: ${DEFAULT-VALUE}.")
  int customers;

  @Option(names = "--weeks", defaultValue = "26", paramLabel = "W", description = "Weeks of history (>= 8). Default: ${DEFAULT-VALUE}.")
  int weeks;

  @Option(names = "--end", defaultValue = "2026-11-15", paramLabel = "DATE",
      description = "Last day of the simulated window. Default: ${DEFAULT-VALUE}.")
  LocalDate end;

  @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--demo-incidents",
      description = "Add the bundled demo's market incidents in the last week (a data leak at Qoro Bank in Russian, "
          + "a delivery breakdown at Bazarly in Arabic), so alerts and the report have news to show.")
  boolean demoIncidents;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (customers < 1) throw new ParameterException(spec.commandLine(), "--customers must be at least 1");
    if (weeks < 8) throw new ParameterException(spec.commandLine(), "--weeks must be at least 8");
    PrintStreams.into(spec.commandLine().getOut(),
        ps -> Simulation.write(customers, weeks, Simulation.startForEnd(end, weeks), seed,
        demoIncidents ? Simulation.DEMO_INCIDENTS : List.of(), out, ps));
    return 0;
  }
}
