package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.jobs.ingest.InputFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrustwatchCliTest {

  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void versionPrintsTheBuildAndExitsZero() {
    Run r = run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("trustwatch "), r.out());
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLineNamingIt() {
    Run r = run("ingest", "--input", "x.jsonl", "--bogus");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--bogus"), r.err());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    Run r = run("ingest");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--input"), r.err());
  }

  @Test
  void badOptionValueIsAUsageError() {
    Run r = run("ingest", "--input", "x.jsonl", "--format", "XML");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format"), r.err());
  }

  @Test
  void enumValuesAreCaseInsensitive() {
    Run r = run("ingest", "--input", "x.jsonl", "--format", "csv", "--help");
    assertEquals(0, r.exit(), r.err());
    assertEquals(2, run("ingest", "--input", "x.jsonl", "--format", "xml").exit());
  }

  @Test
  void everyCommandDocumentsItsOptions() {
    for (String command : new String[] {"demo", "ingest", "enrich", "trends", "churn", "run", "score", "sql", "notebook",
        "report", "simulate", "erase", "maintain"}) {
      Run r = run(command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().contains("Usage: trustwatch " + command), r.out());
    }
  }

  /**
   * picocli formats help texts with {@code String.format}: a bare "%" (as in "1% more posts") makes it print the raw
   * text and a warning instead of the help. Every command, sub-command and option is checked, not only the listed ones.
   */
  @Test
  void everyHelpTextIsAValidFormatString() {
    List<CommandLine> pending = new ArrayList<>(List.of(new CommandLine(new TrustwatchCli())));
    int checked = 0;
    while (!pending.isEmpty()) {
      CommandLine cli = pending.remove(pending.size() - 1);
      pending.addAll(cli.getSubcommands().values());
      List<String> texts = new ArrayList<>(List.of(cli.getCommandSpec().usageMessage().description()));
      cli.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
      for (String text : texts) {
        String where = cli.getCommandSpec().qualifiedName() + ": " + text;
        assertDoesNotThrow(() -> String.format(text), where);
        checked++;
      }
    }
    assertTrue(checked > 100, "help texts checked: " + checked);
  }

  @Test
  void anUnknownTimeZoneIsAUsageErrorBeforeAnyWork() {
    for (String[] args : List.of(new String[] {"trends", "--time-zone", "Mars/Olympus"},
        new String[] {"report", "--time-zone", "Mars/Olympus", "--out", tmp.toString()})) {
      Run r = run(args);
      assertEquals(2, r.exit(), args[0] + ": " + r.err());
      assertTrue(r.err().startsWith("trustwatch: --time-zone: unknown time zone 'Mars/Olympus'"), r.err());
    }
  }

  @Test
  void malformedReportWeekIsAUsageErrorOnOneLine() {
    for (String week : new String[] {"2026-41", "2025-W53"}) {
      Run r = run("report", "--week", week, "--out", tmp.toString());
      assertEquals(2, r.exit(), week);
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("--week") && r.err().contains(week), r.err());
    }
  }

  @Test
  void configFileSuppliesDefaultsAndCommandKeysWin() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("tw.yaml"), "format: CSV\ningest:\n  format: PARQUET\n");
    Run ingest = run("--config", yaml.toString(), "ingest", "--help");
    assertTrue(ingest.out().contains("Default: PARQUET"), ingest.out());
    Run runCmd = run("--config", yaml.toString(), "run", "--help");
    assertTrue(runCmd.out().contains("Default: CSV"), runCmd.out());
  }

  @Test
  void churnAndRunTakeAnActivityTableAlsoFromTheConfigFile() throws Exception {
    for (String command : new String[] {"churn", "run"}) {
      String help = run(command, "--help").out();
      assertTrue(help.contains("--activity=PATH") && help.contains("--activity-format=FORMAT")
          && help.contains("--opt-out=FILE"), help);
    }
    Path yaml = Files.writeString(tmp.resolve("tw.yaml"), "churn:\n  activity: orders/*.csv\n  activity-format: csv\n");
    CommandLine cli = new CommandLine(new TrustwatchCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(ConfigFileDefaults.load(yaml));
    StageCommands.Churn churn = cli.parseArgs("churn").subcommand().commandSpec().commandLine().getCommand();
    assertEquals(List.of("orders/*.csv"), churn.activity.paths);
    assertEquals(InputFormat.CSV, churn.activity.format);
  }

  @Test
  void propertiesConfigIsReadToo() throws Exception {
    Path props = Files.writeString(tmp.resolve("tw.properties"), "shuffle-partitions=64\n");
    Run r = run("--config", props.toString(), "ingest", "--help");
    assertTrue(r.out().contains("Default: 64"), r.out());
  }

  @Test
  void missingConfigFileIsAUsageError() {
    Run r = run("--config", tmp.resolve("nope.yaml").toString(), "ingest", "--help");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--config"), r.err());
  }

  @Test
  void failuresPrintOneLineCause() {
    IllegalStateException e = new IllegalStateException("outer", new java.io.IOException("disk full\nat line 2"));
    assertEquals("IOException: disk full", TrustwatchCli.oneLine(e));
  }

  @Test
  void aConcurrentDeltaCommitGetsAHintToRunAgain() {
    RuntimeException e = new RuntimeException("stage ingest failed",
        new io.delta.exceptions.ConcurrentAppendException("Files were added to the root of the table by a concurrent update."));
    assertTrue(TrustwatchCli.hint(e).orElseThrow().contains("run the command again"), TrustwatchCli.hint(e).toString());
    assertTrue(TrustwatchCli.hint(new IllegalStateException("outer", new java.io.IOException("disk full"))).isEmpty());
  }
}
