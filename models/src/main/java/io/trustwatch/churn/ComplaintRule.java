package io.trustwatch.churn;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a post is a <em>complaint addressed to the company</em>: the company has been
 * told there is a problem, so a customer who made one is not silent.
 *
 * <p>A post is such a complaint when all three hold:
 * <ol>
 *   <li>it is negative: sentiment score &lt;= {@code negativeAtMost};</li>
 *   <li>it names a problem: it carries at least one of {@code complaintThemes};</li>
 *   <li>it reaches the company: its channel is one of {@code companyChannels}
 *       (compared case-insensitively; a post without a channel never reaches the company).</li>
 * </ol>
 * A public review or a post about the brand that does not address it is not a complaint, however
 * negative: that is exactly the evidence of a customer who has not told the company.
 *
 * @param negativeAtMost  sentiment threshold for "negative"; align it with the sentiment model's cut-off
 * @param complaintThemes theme codes that name a problem the company could act on
 * @param companyChannels channel values that reach the company
 */
public record ComplaintRule(double negativeAtMost, Set<String> complaintThemes, Set<String> companyChannels)
    implements Serializable {

  /** All seven trust-breaking themes: a hidden fee reported in a DM informs the company as much as a service failure. */
  public static final Set<String> ALL_TRUST_THEMES = Set.of(
      "service_failure", "dishonesty", "privacy_violation", "data_breach",
      "conflict_mishandled", "broken_promise", "taken_for_granted");

  /**
   * Channels that reach the company: its support desk (ticket, chat, e-mail, phone transcript),
   * direct messages to its account, public posts that @mention its account, and replies in a thread
   * the company started. Ingest maps source-specific channel names onto these.
   */
  public static final Set<String> DEFAULT_COMPANY_CHANNELS = Set.of(
      "support_ticket", "support_chat", "email", "phone", "dm", "mention", "reply");

  public static final double DEFAULT_NEGATIVE_AT_MOST = -0.2;

  public ComplaintRule {
    complaintThemes = Set.copyOf(complaintThemes);
    companyChannels = companyChannels.stream().map(c -> c.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  public static ComplaintRule defaults() {
    return new ComplaintRule(DEFAULT_NEGATIVE_AT_MOST, ALL_TRUST_THEMES, DEFAULT_COMPANY_CHANNELS);
  }

  public boolean isComplaint(CustomerPost post) {
    return isNegative(post) && namesAProblem(post) && reachesCompany(post);
  }

  private boolean isNegative(CustomerPost post) {
    return post.sentimentScore() != null && post.sentimentScore() <= negativeAtMost;
  }

  private boolean namesAProblem(CustomerPost post) {
    return post.themes().stream().anyMatch(complaintThemes::contains);
  }

  private boolean reachesCompany(CustomerPost post) {
    return post.channel() != null && companyChannels.contains(post.channel().toLowerCase(Locale.ROOT));
  }
}
