package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import io.trustwatch.report.WeeklyReport.AtRiskCustomer;
import io.trustwatch.report.WeeklyReport.BandCount;
import io.trustwatch.report.WeeklyReport.ChurnAssessment;
import io.trustwatch.report.WeeklyReport.EvidencePost;
import io.trustwatch.report.WeeklyReport.PriorAssessment;
import io.trustwatch.report.WeeklyReport.RisingTheme;
import io.trustwatch.report.WeeklyReport.SentimentPoint;
import io.trustwatch.report.WeeklyReport.ThemeMentions;
import io.trustwatch.report.WeeklyReport.WeekTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory report with the awkward cases: Arabic evidence, a post carrying a script, big numbers. */
final class WeeklyReportFixture {

  static final IsoWeek WEEK = new IsoWeek(2026, 41);
  static final String ARABIC_TEXT = "وعدوني استرد فلوسي خلال يومين وما وصل شي لين الحين";
  static final String ARABIC_EVIDENCE = "وعدوني استرد فلوسي خلال";
  /** Would set {@code window.__pwned} and open an alert if the page let it run. */
  static final String SCRIPT_TEXT =
      "They promised a refund in 2 days <script>window.__pwned = true; alert(1)</script> and it never came.";
  static final String SCRIPT_EVIDENCE = "promised a refund in 2 days";
  static final String CUSTOMER_KEY = "bde7f5c1c5c523440087a274de9ce421";

  private WeeklyReportFixture() {}

  static WeeklyReport sample() {
    List<SentimentPoint> trend = new ArrayList<>();
    double[] en = {0.21, 0.18, 0.25, 0.19, 0.12, 0.08, 0.15, 0.22, 0.30, 0.27, 0.24, 0.31};
    double[] ar = {0.42, 0.45, 0.38, 0.40, 0.35, 0.30, 0.28, 0.33, 0.37, 0.41, 0.39, 0.29};
    double[] id = {-0.05, -0.10, -0.02, 0.04, -0.12, -0.20, -0.31, -0.25, -0.18, -0.22, -0.15, -0.21};
    for (int i = 0; i < WeeklyReport.TREND_WEEKS; i++) {
      IsoWeek w = WEEK.minusWeeks(WeeklyReport.TREND_WEEKS - 1 - i);
      trend.add(new SentimentPoint(w, "en", 5200, en[i]));
      trend.add(new SentimentPoint(w, "ar", 2400, ar[i]));
      if (i != 6) trend.add(new SentimentPoint(w, "id", 900, id[i]));
    }
    List<ThemeMentions> themes = List.of(
        new ThemeMentions("ar", "broken_promise", 4, 1),
        new ThemeMentions("ar", "service_failure", 2, 3),
        new ThemeMentions("en", "broken_promise", 9, 4),
        new ThemeMentions("en", "data_breach", 3, 0),
        new ThemeMentions("en", "dishonesty", 5, 5),
        new ThemeMentions("id", "dishonesty", 2, 1));
    EvidencePost scriptPost = new EvidencePost(LocalDate.of(2026, 10, 6), "en", "Acme & Sons <i>", CUSTOMER_KEY,
        SCRIPT_TEXT, SCRIPT_TEXT.indexOf(SCRIPT_EVIDENCE), SCRIPT_TEXT.indexOf(SCRIPT_EVIDENCE) + SCRIPT_EVIDENCE.length());
    EvidencePost arabicPost = new EvidencePost(LocalDate.of(2026, 10, 8), "ar", "Qoro Bank",
        "093270ff8c9a21891b948fb404f2f32f", ARABIC_TEXT, 0, ARABIC_EVIDENCE.length());
    List<RisingTheme> rising = List.of(
        new RisingTheme("en", "broken_promise", 9, 4, List.of(scriptPost)),
        new RisingTheme("ar", "broken_promise", 4, 1, List.of(arabicPost)),
        new RisingTheme("en", "data_breach", 3, 0, List.of()));
    ChurnAssessment churn = new ChurnAssessment(LocalDate.of(2026, 10, 11), List.of(
        new BandCount("en", "high", 8), new BandCount("en", "medium", 22), new BandCount("en", "low", 1098),
        new BandCount("ar", "high", 6), new BandCount("ar", "medium", 17), new BandCount("ar", "low", 590),
        new BandCount("id", "high", 7), new BandCount("id", "medium", 18), new BandCount("id", "low", 280)),
        List.of(new AtRiskCustomer(CUSTOMER_KEY, "en", "Zentel", 0.97, true,
                List.of("trust_breach:data_breach", "gone_quiet:3.7x_usual_gap", "negative_tone:-0.63", "low_p_alive:0.2")),
            new AtRiskCustomer("242cc054defcd10b98e20f90f29824e3", "ar", "Qoro Bank", 0.91, false,
                List.of("churn_intent:stated"))),
        Optional.of(new PriorAssessment(LocalDate.of(2026, 10, 4), 18)));
    return new WeeklyReport(WEEK,
        new WeekTotals(12_345, 10_000, 5_200, 2_100, 25),
        new WeekTotals(11_000, 9_000, 4_300, 2_250, 14),
        trend, themes, Optional.of(churn), rising);
  }
}
