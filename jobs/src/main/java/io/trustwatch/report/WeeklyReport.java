package io.trustwatch.report;

import io.trustwatch.lakehouse.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the weekly page shows, as plain values: loaded from the lakehouse by
 * {@link WeeklyReportQuery}, drawn by {@link ReportCharts} and {@link ReportRenderer}. Languages are
 * the detected ISO 639-1 codes of {@code silver.scored_posts}, themes the public theme codes, and
 * customers appear only by their pseudonymous key.
 *
 * @param week           the reported week
 * @param thisWeek       totals of the reported week
 * @param lastWeek       totals of the week before (all zero when it had no posts)
 * @param sentimentTrend net sentiment per language and week, over the {@value #TREND_WEEKS} weeks up to
 *                       {@code week}; weeks where a language had no scored post are absent
 * @param themes         trust-breach mentions per language and theme in this and last week; pairs with
 *                       no mention in either week are absent
 * @param churn          the latest churn assessment made on or before the week's Sunday
 * @param risingThemes   the themes whose mentions grew most since last week, strongest first, with evidence
 */
public record WeeklyReport(IsoWeek week, WeekTotals thisWeek, WeekTotals lastWeek,
    List<SentimentPoint> sentimentTrend, List<ThemeMentions> themes, Optional<ChurnAssessment> churn,
    List<RisingTheme> risingThemes) {

  /** Weeks shown in the sentiment trend, the reported one included. */
  public static final int TREND_WEEKS = 12;

  public WeeklyReport {
    sentimentTrend = List.copyOf(sentimentTrend);
    themes = List.copyOf(themes);
    risingThemes = List.copyOf(risingThemes);
  }

  /**
   * Post counts of one week over every language, source and brand.
   *
   * @param scoredPosts   posts with a sentiment (languages without a sentiment model have none)
   * @param themeMentions trust-breach theme mentions (a post may mention several themes)
   */
  public record WeekTotals(long posts, long scoredPosts, long positivePosts, long negativePosts, long themeMentions) {

    public static final WeekTotals NONE = new WeekTotals(0, 0, 0, 0, 0);

    /** Share positive minus share negative among scored posts, in [-1, 1]; empty without scored posts. */
    public Optional<Double> netSentiment() {
      return scoredPosts == 0 ? Optional.empty()
          : Optional.of((positivePosts - negativePosts) / (double) scoredPosts);
    }

    public Optional<Double> shareNegative() {
      return scoredPosts == 0 ? Optional.empty() : Optional.of(negativePosts / (double) scoredPosts);
    }
  }

  /** Net sentiment of one language in one week, from {@code scoredPosts} posts. */
  public record SentimentPoint(IsoWeek week, String lang, long scoredPosts, double netSentiment) {}

  public record ThemeMentions(String lang, String theme, long thisWeek, long lastWeek) {

    public long change() {
      return thisWeek - lastWeek;
    }
  }

  /**
   * One run of the churn stage, as the report week saw it.
   *
   * @param counts       customers per language and risk band
   * @param highestRisk  the customers with the highest risk scores, highest first
   * @param prior        the assessment before this one, for the change in high-risk customers
   */
  public record ChurnAssessment(LocalDate asOf, List<BandCount> counts, List<AtRiskCustomer> highestRisk,
      Optional<PriorAssessment> prior) {

    public ChurnAssessment {
      counts = List.copyOf(counts);
      highestRisk = List.copyOf(highestRisk);
    }

    public long customers(String band) {
      return counts.stream().filter(c -> c.band().equals(band)).mapToLong(BandCount::customers).sum();
    }
  }

  /** @param band {@code high}, {@code medium} or {@code low} */
  public record BandCount(String lang, String band, long customers) {}

  public record PriorAssessment(LocalDate asOf, long highRiskCustomers) {}

  /**
   * @param reasons the churn stage's reason labels, strongest first, e.g. {@code trust_breach:dishonesty}
   */
  public record AtRiskCustomer(String customerKey, String lang, String brand, double riskScore, boolean silent,
      List<String> reasons) {

    public AtRiskCustomer {
      reasons = List.copyOf(reasons);
    }
  }

  /** A theme in one language that was mentioned more often than last week, with example posts. */
  public record RisingTheme(String lang, String theme, long thisWeek, long lastWeek, List<EvidencePost> evidence) {

    public RisingTheme {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A post that mentions a theme; {@code text} is the PII-redacted post text and
   * {@code text.substring(start, end)} the words that triggered the theme.
   *
   * @param customerKey pseudonymous key, null when the source had no customer identifier
   */
  public record EvidencePost(LocalDate date, String lang, String brand, String customerKey, String text,
      int start, int end) {}
}
