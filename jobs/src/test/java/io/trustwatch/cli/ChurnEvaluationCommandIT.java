package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.churn.RiskWeights;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate churn} on a small simulation, run once for the class (the whole pipeline runs inside):
 * {@code --errors} lists every miss and false alarm of the alert and nothing else; {@code --write-weights}
 * fits on exactly the signals the pipeline scored, never ends below its starting priors, and writes weights and
 * bands a run can read back.
 */
class ChurnEvaluationCommandIT {

  @TempDir static Path tmp;

  private static Path sim;
  private static Path errors;
  private static Path weights;
  private static Path bands;
  private static String out;

  @BeforeAll
  static void evaluate() {
    sim = tmp.resolve("sim");
    cli("simulate", "--customers", "300", "--weeks", "16", "--seed", "3", "--out", sim.toString());
    errors = tmp.resolve("errors.tsv");
    weights = tmp.resolve("weights.properties");
    bands = tmp.resolve("bands.properties");
    out = cli("evaluate", "churn", "--data", sim.toString(), "--lakehouse", tmp.resolve("lh").toString(),
        "--errors", errors.toString(), "--write-weights", weights.toString(), "--write-bands", bands.toString(),
        "--master", "local[2]", "--shuffle-partitions", "2");
  }

  @Test
  void errorsFileListsEveryMissAndFalseAlarmAndNothingElse() throws Exception {
    Map<String, String> persona = new HashMap<>();
    List<String> labels = Files.readAllLines(sim.resolve("labels.csv"));
    for (String line : labels.subList(1, labels.size())) {
      String[] f = line.split(",", -1);
      persona.put(f[0], f[1]);
    }
    List<String> rows = Files.readAllLines(errors);
    assertEquals("error\tcustomer_id\tpersona\trisk_score\trisk_band\tis_silent\treasons", rows.get(0));
    int misses = 0;
    int falseAlarms = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      assertEquals(persona.get(f[1]), f[2], row);
      boolean alerted = f[4].equals("high") && f[5].equals("true");
      if (f[0].equals("miss")) {
        misses++;
        assertEquals("silent_churner", f[2], row);
        assertFalse(alerted, row);
      } else {
        falseAlarms++;
        assertEquals("false_alarm", f[0], row);
        assertFalse(f[2].equals("silent_churner"), row);
        assertTrue(alerted, row);
      }
    }

    Matcher counts = Pattern.compile("silent churners (\\d+), quiet-happy \\d+, alerts (\\d+)").matcher(out);
    Matcher recall = Pattern.compile("recall (\\d\\.\\d{3})").matcher(out);
    assertTrue(counts.find() && recall.find(), out);
    int silentChurners = Integer.parseInt(counts.group(1));
    int alerts = Integer.parseInt(counts.group(2));
    int caught = silentChurners - misses;
    assertEquals(Double.parseDouble(recall.group(1)), (double) caught / silentChurners, 0.0005, out);
    assertEquals(alerts - caught, falseAlarms, out);
    assertTrue(misses + falseAlarms > 0, "a simulation this small has errors to list: " + out);
    assertTrue(out.contains("wrote " + (rows.size() - 1) + " errors to " + errors), out);
  }

  @Test
  void weightFitStartsFromThePipelinesOwnScoresAndWritesReadableWeightsAndBands() throws Exception {
    Matcher reported = Pattern.compile("PR-AUC (\\d\\.\\d{3})  quiet").matcher(out);
    Matcher reread = Pattern.compile("signals with the shipped weights: (\\d\\.\\d{3})").matcher(out);
    Matcher fitted = Pattern.compile("PR-AUC (\\d\\.\\d{3}) with the default priors, (\\d\\.\\d{3}) fitted").matcher(out);
    assertTrue(reported.find() && reread.find() && fitted.find(), out);
    assertEquals(reported.group(1), reread.group(1), "the fit must read the signals the pipeline scored: " + out);
    assertTrue(Double.parseDouble(fitted.group(2)) >= Double.parseDouble(fitted.group(1)), out);
    assertTrue(out.contains("calibrated on this data with the fitted weights"), out);

    RiskWeights read = RiskWeights.fromProperties(load(weights));
    assertTrue(read.themes().containsKey("data_breach"), read.toString());
    Properties band = load(bands);
    assertTrue(Double.parseDouble(band.getProperty("medium")) <= Double.parseDouble(band.getProperty("high")),
        band.toString());
  }

  private static Properties load(Path file) throws Exception {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return p;
  }

  private static String cli(String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TrustwatchCli.execute(args, new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    return stdout.toString();
  }
}
