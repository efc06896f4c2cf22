package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.lakehouse.BuildInfo;
import io.trustwatch.report.WeeklyReport.AtRiskCustomer;
import io.trustwatch.report.WeeklyReport.ChurnAssessment;
import io.trustwatch.report.WeeklyReport.EvidencePost;
import io.trustwatch.report.WeeklyReport.RisingTheme;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the template reads: the {@link WeeklyReport} with every number already formatted for
 * people. Strings here are plain text, escaped by the template; only the charts' SVG is markup.
 * Fields documented as nullable hide their section when null.
 *
 * @param sentimentChart nullable: no language had a scored post in the trend weeks
 * @param themeChart     nullable: no theme was mentioned this week or last
 * @param churnChart     nullable: no churn assessment on or before the week's end
 * @param churnAsOf      nullable, as {@code churnChart}
 */
record ReportPage(String week, String dates, String previousWeek, List<Headline> headlines, Figure sentimentChart,
    Figure themeChart, Figure churnChart, String churnAsOf, List<Rising> risingThemes, List<Customer> highestRisk,
    String version) {

  boolean hasRisingThemes() {
    return !risingThemes.isEmpty();
  }

  boolean hasHighestRisk() {
    return !highestRisk.isEmpty();
  }

  /** Characters of post text shown on each side of the evidence. */
  static final int EVIDENCE_CONTEXT = 110;
  /** Reasons shown per at-risk customer; the churn stage lists the strongest first. */
  static final int REASONS_SHOWN = 3;

  /**
   * @param tone     {@code good}, {@code bad} or {@code neutral}: whether the change is welcome
   * @param previous what the change compares with, e.g. {@code 2026-W40: 11,000}
   */
  record Headline(String label, String value, String change, String tone, String previous) {}

  record Figure(String svg, String description) {}

  record Rising(String theme, String language, String mentions, String change, List<Post> posts) {}

  /** @param dir {@code rtl} for right-to-left languages, else {@code auto} */
  record Post(String lang, String dir, String before, String evidence, String after, String source) {}

  record Customer(String key, String language, String brand, String score, String silent, String reasons) {}

  static ReportPage of(WeeklyReport report, List<ReportChart> charts) {
    IsoWeek week = report.week();
    Optional<ChurnAssessment> churn = report.churn();
    return new ReportPage(week.toString(), ReportFormat.dateRange(week.start(), week.end()),
        week.previous().toString(), headlines(report),
        figure(charts, ReportChart.Kind.SENTIMENT_TREND, "Net sentiment per language for the "
            + WeeklyReport.TREND_WEEKS + " weeks up to " + week + "."),
        figure(charts, ReportChart.Kind.THEME_HEAT_MAP, "Trust-breach mentions per language and theme, "
            + week.previous() + " next to " + week + "."),
        figure(charts, ReportChart.Kind.CHURN_RISK, "Customers per churn-risk band and language."),
        churn.map(c -> ReportFormat.date(c.asOf())).orElse(null),
        report.risingThemes().stream().map(ReportPage::rising).toList(),
        churn.map(c -> c.highestRisk().stream().map(ReportPage::customer).toList()).orElse(List.of()),
        BuildInfo.version());
  }

  private static List<Headline> headlines(WeeklyReport report) {
    WeekTotals now = report.thisWeek();
    WeekTotals before = report.lastWeek();
    String lastWeek = report.week().previous() + ": ";
    List<Headline> out = new ArrayList<>();
    out.add(new Headline("Posts", ReportFormat.count(now.posts()), ReportFormat.countChange(now.posts(), before.posts()),
        "neutral", lastWeek + ReportFormat.count(before.posts())));
    out.add(shareHeadline("Net sentiment", now.netSentiment(), before.netSentiment(), ReportFormat::signedPercent,
        true, lastWeek));
    out.add(shareHeadline("Negative posts", now.shareNegative(), before.shareNegative(), ReportFormat::percent,
        false, lastWeek));
    out.add(new Headline("Trust-breach mentions", ReportFormat.count(now.themeMentions()),
        ReportFormat.countChange(now.themeMentions(), before.themeMentions()),
        tone(now.themeMentions() - before.themeMentions(), false), lastWeek + ReportFormat.count(before.themeMentions())));
    out.add(report.churn().map(ReportPage::highRiskHeadline)
        .orElse(new Headline("High churn risk", "—", "no churn assessment yet", "neutral", "")));
    return out;
  }

  private static Headline shareHeadline(String label, Optional<Double> now, Optional<Double> before,
      Function<Double, String> format, boolean upIsGood, String lastWeek) {
    if (now.isEmpty()) return new Headline(label, "—", "no scored posts", "neutral", "");
    String value = format.apply(now.get());
    if (before.isEmpty()) return new Headline(label, value, "no scored posts last week", "neutral", "");
    long points = Math.round((now.get() - before.get()) * 100);
    return new Headline(label, value, ReportFormat.pointsChange(now.get(), before.get()), tone(points, upIsGood),
        lastWeek + format.apply(before.get()));
  }

  private static Headline highRiskHeadline(ChurnAssessment churn) {
    long high = churn.customers("high");
    return churn.prior()
        .map(p -> new Headline("High churn risk", ReportFormat.count(high),
            ReportFormat.countChange(high, p.highRiskCustomers()), tone(high - p.highRiskCustomers(), false),
            ReportFormat.date(p.asOf()) + ": " + ReportFormat.count(p.highRiskCustomers())))
        .orElse(new Headline("High churn risk", ReportFormat.count(high), "first assessment", "neutral",
            "as of " + ReportFormat.date(churn.asOf())));
  }

  private static String tone(long change, boolean upIsGood) {
    if (change == 0) return "neutral";
    return (change > 0) == upIsGood ? "good" : "bad";
  }

  private static Figure figure(List<ReportChart> charts, ReportChart.Kind kind, String description) {
    return charts.stream().filter(c -> c.kind() == kind).findFirst()
        .map(c -> new Figure(c.svg(), description)).orElse(null);
  }

  private static Rising rising(RisingTheme t) {
    return new Rising(ReportCharts.themeLabel(t.theme()), LanguageLabels.name(t.lang()),
        ReportFormat.count(t.thisWeek()) + (t.thisWeek() == 1 ? " mention" : " mentions"),
        ReportFormat.countChange(t.thisWeek(), t.lastWeek()), t.evidence().stream().map(ReportPage::post).toList());
  }

  private static Post post(EvidencePost p) {
    EvidenceSnippet s = EvidenceSnippet.of(p.text(), p.start(), p.end(), EVIDENCE_CONTEXT);
    List<String> source = new ArrayList<>();
    source.add(ReportFormat.date(p.date()));
    if (p.brand() != null) source.add(p.brand());
    if (p.customerKey() != null) source.add("customer " + p.customerKey());
    return new Post(p.lang(), LanguageLabels.htmlDir(p.lang()), s.before(), s.evidence(), s.after(),
        String.join(" · ", source));
  }

  private static Customer customer(AtRiskCustomer c) {
    return new Customer(c.customerKey(), LanguageLabels.name(c.lang()), c.brand() == null ? "—" : c.brand(),
        ReportFormat.percent(c.riskScore()), c.silent() ? "yes" : "no",
        c.reasons().stream().limit(REASONS_SHOWN).map(ReportPage::reason).collect(Collectors.joining(" · ")));
  }

  /** e.g. {@code gone quiet: 3.7x usual gap} for {@code gone_quiet:3.7x_usual_gap}. */
  static String reason(String label) {
    return label.replace('_', ' ').replace(":", ": ");
  }
}
