package io.trustwatch.cli;

import io.delta.exceptions.DeltaConcurrentModificationException;
import io.trustwatch.jobs.ingest.UnreadableFileException;
import io.trustwatch.lakehouse.BuildInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.SparkThrowable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code trustwatch} command line. Exit codes: 0 success, 1 failure (one-line cause; the
 * stack trace only with {@code --verbose}), 2 usage error (one line naming the bad option).
 */
@Command(
    name = "trustwatch",
    mixinStandardHelpOptions = true,
    versionProvider = TrustwatchCli.Version.class,
    description = "Multilingual review monitoring for trust breaches and silent churn.",
    subcommands = {
        DemoCommand.class,
        IngestCommand.class,
        StageCommands.Enrich.class,
        StageCommands.Trends.class,
        StageCommands.Churn.class,
        RunCommand.class,
        ScoreCommand.class,
        SqlCommand.class,
        NotebookCommand.class,
        ReportCommand.class,
        SimulateCommand.class,
        EraseCommand.class,
        MaintainCommand.class,
        TrainCommand.class,
        EvaluateCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class TrustwatchCli {

  @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "Properties or YAML file with option defaults (key = option name without dashes, "
          + "optionally prefixed by the command, e.g. `ingest.format`). Flags override it.")
  Path config;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print stack traces on failure.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI without exiting the JVM; tests and the launcher share this path. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cli = new CommandLine(new TrustwatchCli());
    // An unknown "--option" after a multi-value option is a typo, not a file name.
    cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
    // Schedulers and config files write "tsv" as often as "TSV".
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    try {
      cli.setDefaultValueProvider(ConfigFileDefaults.fromArgs(args));
    } catch (IllegalArgumentException e) {
      err.println("trustwatch: --config: " + e.getMessage());
      return 2;
    }
    cli.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      err.println("trustwatch: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
      err.println("trustwatch: error: " + oneLine(ex));
      hint(ex).ifPresent(h -> err.println("trustwatch: " + h));
      if (verbose) ex.printStackTrace(err);
      return 1;
    });
    return cli.execute(args);
  }

  /**
   * The most specific message in a cause chain, on one line, after the file that could not be read when
   * that is the failure: the innermost message alone ("Unexpected end of input stream") would not say
   * which of many input files is damaged.
   */
  static String oneLine(Throwable ex) {
    String message = causes(ex).filter(t -> t.getMessage() != null && !t.getMessage().isBlank())
        .reduce((outer, inner) -> inner).map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
        .orElse(ex.getClass().getSimpleName());
    message = unreadableFile(ex).map(file -> "cannot read " + file + ": ").orElse("") + message;
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 300 ? first.substring(0, 297) + "..." : first;
  }

  /**
   * What to do next, for failures whose own message is Delta's and names its internals rather than the way out;
   * empty for the others.
   */
  static Optional<String> hint(Throwable ex) {
    return causes(ex).anyMatch(DeltaConcurrentModificationException.class::isInstance)
        ? Optional.of("another job committed to the same table while this one worked (two runs on one lakehouse "
            + "at once?). This run's failed write was not committed, and every stage is safe to redo: run the command "
            + "again once the other has finished (README, \"Scheduling\").")
        : Optional.empty();
  }

  /**
   * The file a failure could not read (damaged, truncated, gone), if it is one: named by our JSON Lines reader or
   * by Spark's error for its own readers (CSV, Parquet).
   */
  private static Optional<String> unreadableFile(Throwable ex) {
    return causes(ex).map(t -> t instanceof UnreadableFileException u ? u.path()
            : t instanceof SparkThrowable s && s.getCondition() != null && s.getCondition().startsWith("FAILED_READ_FILE")
                ? s.getMessageParameters().get("path") : null)
        .filter(path -> path != null).findFirst();
  }

  /** {@code ex} and its causes, outermost first. */
  private static Stream<Throwable> causes(Throwable ex) {
    return Stream.iterate(ex, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"trustwatch " + BuildInfo.version(),
          "spark " + BuildInfo.versions().getOrDefault("spark", "?")
              + ", delta " + BuildInfo.versions().getOrDefault("delta", "?")};
    }
  }
}
