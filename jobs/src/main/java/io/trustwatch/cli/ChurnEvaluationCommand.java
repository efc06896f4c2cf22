package io.trustwatch.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;

import io.trustwatch.churn.BandCalibration;
import io.trustwatch.churn.BgNbdModel;
import io.trustwatch.churn.ChurnEvaluation;
import io.trustwatch.churn.ChurnEvaluationReport;
import io.trustwatch.churn.ChurnRisk;
import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.churn.ChurnRiskScorer;
import io.trustwatch.churn.CustomerOutcome;
import io.trustwatch.churn.LabelledRisk;
import io.trustwatch.churn.LabelledSignals;
import io.trustwatch.churn.RiskBand;
import io.trustwatch.churn.RiskWeightFitter;
import io.trustwatch.churn.ThresholdCalibrator;
import io.trustwatch.jobs.churn.ActivityTransform;
import io.trustwatch.jobs.churn.ChurnTransform;
import io.trustwatch.jobs.churn.CustomerSnapshot;
import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "churn", mixinStandardHelpOptions = true,
    description = {
        "Run the whole pipeline on a simulation folder (from `trustwatch simulate`) and score the silent-churn alert "
            + "(is_silent AND risk_band = high) against the customers' true fates: precision, recall and PR-AUC against "
            + "silent churners, and the false-alarm rate on quiet-happy customers.",
        "Also prints the band thresholds the calibrator would choose on this data (recall-maximising at precision "
            + ">= 0.80 with 95%% confidence, or the maximum-F1 fallback when that catches under a quarter of them). "
            + "Fit weights and calibrate on one simulation and evaluate on another seed to keep the figures honest."})
final class ChurnEvaluationCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with posts.jsonl and labels.csv.")
  Path data;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assessment date. Default: the day after the last simulated post.")
  LocalDate asOf;

  @Option(names = "--write-bands", paramLabel = "FILE",
      description = "Write the calibrated thresholds to FILE in the format of the shipped "
          + "models/src/main/resources/io/trustwatch/churn/bands.properties (not written when no high threshold exists).")
  Path writeBands;

  @Option(names = "--write-weights", paramLabel = "FILE",
      description = "Fit the reason weights on this data (maximum PR-AUC of the alert, CMA-ES from the default "
          + "priors) and write them to FILE in the format of the shipped "
          + "models/src/main/resources/io/trustwatch/churn/weights.properties; the band thresholds printed and "
          + "written by --write-bands are then calibrated on the fitted weights' scores.")
  Path writeWeights;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write one TSV row per error of the alert: a silent churner not alerted (miss) or any other "
          + "customer alerted (false_alarm), with the simulation's customer id, persona, score, band, silence and reasons.")
  Path errors;

  @Mixin SparkOptions spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = EvaluateCommand.existing(spec, "--data", data);
    Path labelsFile = EvaluateCommand.existing(spec, "--data", dir.resolve("labels.csv"));
    PrintWriter out = spec.commandLine().getOut();
    SparkSession session = spark.session();
    Lakehouse lakehouse = spark.lakehouse();
    String posts = dir.resolve("posts.jsonl").toString();
    LocalDate date = asOf != null ? asOf : session.read().json(posts).select(max(to_date(col("created_at"))))
        .first().getDate(0).toLocalDate().plusDays(1);
    // The simulation's ids are not personal data, so the public demo key is fine here.
    CustomerPseudonymiser keys = CustomerPseudonymiser.demo();
    ChurnRiskConfig config = ChurnRiskConfig.shipped();
    new Pipeline(session, lakehouse, new Pipeline.PipelineSettings(keys, OptOutList.empty(), "UTC", config))
        .run(List.of(posts), InputFormat.JSONL, date);

    Map<String, CustomerOutcome> outcomes = new HashMap<>();
    Map<String, String> simulatedIds = new HashMap<>();
    List<String> labelLines = Files.readAllLines(labelsFile);
    for (String line : labelLines.subList(1, labelLines.size())) {
      String[] f = line.split(",", -1);
      String key = keys.pseudonymise(f[0]);
      outcomes.put(key, CustomerOutcome.fromCode(f[1]));
      simulatedIds.put(key, f[0]);
    }
    List<String> errorRows = new ArrayList<>();
    List<LabelledRisk> labelled = new ArrayList<>();
    Map<CustomerOutcome, PersonaSummary> byPersona = new java.util.TreeMap<>();
    for (Row r : lakehouse.read(session, Table.GOLD_CHURN_RISK).filter(col("as_of").equalTo(java.sql.Date.valueOf(date)))
        .select("customer_key", "risk_score", "risk_band", "is_silent", "reasons").collectAsList()) {
      CustomerOutcome outcome = outcomes.get(r.getString(0));
      if (outcome == null) continue;
      ChurnRisk risk = new ChurnRisk(r.getDouble(1), RiskBand.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
          r.getBoolean(3), List.of());
      labelled.add(new LabelledRisk(risk, outcome));
      boolean alerted = ChurnEvaluation.isAlert(risk);
      if (alerted != (outcome == CustomerOutcome.SILENT_CHURNER)) {
        errorRows.add(String.join("\t", alerted ? "false_alarm" : "miss", simulatedIds.get(r.getString(0)), outcome.code(),
            String.format(Locale.ROOT, "%.3f", risk.riskScore()), r.getString(2), String.valueOf(risk.isSilent()),
            String.join(",", r.<String>getList(4))));
      }
      byPersona.computeIfAbsent(outcome, o -> new PersonaSummary()).add(risk, r.getList(4));
    }
    ChurnEvaluationReport report = ChurnEvaluation.evaluate(labelled);
    out.printf("evaluate churn: %s, as of %s, bands medium >= %.3f, high >= %.3f%n", dir, date,
        config.mediumThreshold(), config.highThreshold());
    out.printf("  customers %d, silent churners %d, quiet-happy %d, alerts %d%n", report.customers(),
        report.silentChurners(), report.quietHappy(), report.alerts());
    out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  PR-AUC %.3f  quiet-happy false alarms %.3f%n",
        report.precision(), report.recall(), report.prAuc(), report.quietHappyFalseAlarmRate());
    out.println("  persona          customers  mean score  silent  high  medium  alerted  most frequent reasons");
    byPersona.forEach((persona, p) -> out.printf(Locale.ROOT, "  %-16s %9d  %10.3f  %5.0f%%  %3.0f%%  %5.0f%%  %6.0f%%  %s%n",
        persona.code(), p.customers, p.scoreSum / p.customers, 100.0 * p.silent / p.customers, 100.0 * p.high / p.customers,
        100.0 * p.medium / p.customers, 100.0 * p.alerted / p.customers, p.topReasons()));
    List<LabelledRisk> calibrationData = labelled;
    if (writeWeights != null) {
      List<LabelledSignals> signals = signals(session, lakehouse, date, outcomes);
      // From the hand-set priors, not the shipped weights, so the same simulation always gives the same weights.
      RiskWeightFitter.Fit fit = new RiskWeightFitter().fit(signals, ChurnRiskConfig.defaults());
      ChurnRiskConfig fitted = fit.weights().applyTo(config);
      String achieved = String.format(Locale.ROOT, "PR-AUC %.3f with the default priors, %.3f fitted (%d evaluations)",
          fit.averagePrecisionBefore(), fit.averagePrecisionAfter(), fit.evaluations());
      out.printf(Locale.ROOT, "  PR-AUC from the re-read signals with the shipped weights: %.3f%n",
          RiskWeightFitter.averagePrecision(signals, config));
      out.println("  fitted weights on this data: " + achieved);
      Files.writeString(writeWeights, fit.weights().toProperties(
          "trustwatch evaluate churn --data " + dir.getFileName() + " --as-of " + date + " --write-weights ...", achieved));
      out.println("  wrote " + writeWeights);
      ChurnRiskScorer scorer = new ChurnRiskScorer(fitted);
      calibrationData = signals.stream().map(c -> c.scoredBy(scorer)).toList();
    }
    BandCalibration calibration = new ThresholdCalibrator().calibrateSilentAlerts(calibrationData);
    out.println(calibrationLine(calibration, writeWeights != null));
    if (errors != null) {
      errorRows.sort(null);
      errorRows.add(0, "error\tcustomer_id\tpersona\trisk_score\trisk_band\tis_silent\treasons");
      Files.write(errors, errorRows);
      out.println("  wrote " + (errorRows.size() - 1) + " errors to " + errors);
    }
    if (writeBands != null) {
      if (Double.isInfinite(calibration.highThreshold())) {
        throw new IllegalStateException("no usable high threshold on " + dir + "; " + writeBands + " not written");
      }
      Files.writeString(writeBands, calibration.toProperties(
          "trustwatch evaluate churn --data " + dir.getFileName() + " --as-of " + date + " --write-bands ..."));
      out.println("  wrote " + writeBands);
    }
    return 0;
  }

  /**
   * The thresholds the calibrator chose, or, when no high threshold is usable, why: said in words, as
   * "high >= Infinity (precision NaN)" told a user nothing.
   */
  static String calibrationLine(BandCalibration c, boolean fittedWeights) {
    String on = "  calibrated on this data" + (fittedWeights ? " with the fitted weights" : "");
    String medium = c.mediumTargetMet() ? String.format(Locale.ROOT, "medium >= %.3f", c.mediumThreshold())
        : String.format(Locale.ROOT, "no medium threshold (precision %.2f out of reach)",
            ThresholdCalibrator.DEFAULT_MEDIUM_PRECISION);
    if (Double.isInfinite(c.highThreshold())) {
      return String.format(Locale.ROOT, "%s: %s, no high threshold: precision %.2f is out of reach at a useful recall "
              + "and the threshold that best balances precision and recall has precision under %.2f, with %,d silent "
              + "churners among %,d customers (more simulated customers help; the README's figures use 6,000)", on, medium,
          ThresholdCalibrator.DEFAULT_HIGH_PRECISION, ThresholdCalibrator.DEFAULT_MEDIUM_PRECISION, c.positives(),
          c.total());
    }
    return String.format(Locale.ROOT, "%s: %s, high >= %.3f (precision %.3f, recall %.3f at high; target met: %s)",
        on, medium, c.highThreshold(), c.precisionAtHigh(), c.recallAtHigh(), c.highTargetMet());
  }

  /** Every labelled customer's signals as the churn stage computed them from silver for {@code date}. */
  private static List<LabelledSignals> signals(SparkSession session, Lakehouse lakehouse, LocalDate date,
      Map<String, CustomerOutcome> outcomes) {
    Dataset<Row> posts = ChurnTransform.postsUpTo(lakehouse.read(session, Table.SILVER_SCORED_POSTS), date);
    BgNbdModel model = ChurnTransform.fitActivity(posts, date).model();
    List<LabelledSignals> labelled = new ArrayList<>();
    for (CustomerSnapshot c : ChurnTransform.signals(posts, ActivityTransform.noDays(session), date, model, model)
        .collectAsList()) {
      CustomerOutcome outcome = outcomes.get(c.customerKey());
      if (outcome != null) labelled.add(new LabelledSignals(c.signals(), outcome));
    }
    return labelled;
  }

  /** Per-persona tallies for the confusion summary. */
  private static final class PersonaSummary {
    int customers;
    int silent;
    int high;
    int medium;
    int alerted;
    double scoreSum;
    final Map<String, Integer> reasons = new HashMap<>();

    void add(ChurnRisk risk, List<String> reasonLabels) {
      customers++;
      scoreSum += risk.riskScore();
      if (risk.isSilent()) silent++;
      if (risk.riskBand() == RiskBand.HIGH) high++;
      if (risk.riskBand() == RiskBand.MEDIUM) medium++;
      if (ChurnEvaluation.isAlert(risk)) alerted++;
      // Share of customers with the reason: a customer with two trust breaches counts once.
      reasonLabels.stream().map(label -> label.split(":", 2)[0]).distinct()
          .forEach(code -> reasons.merge(code, 1, Integer::sum));
    }

    String topReasons() {
      return reasons.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(4).map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / customers))
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }
}
