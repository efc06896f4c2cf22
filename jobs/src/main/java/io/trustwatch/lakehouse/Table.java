package io.trustwatch.lakehouse;

/**
 * Every table Trustwatch writes, by its public name. A table named {@code layer.name} lives in
 * the Delta directory {@code <lakehouse>/layer/name}, so any Delta reader can open it.
 */
public enum Table {
  BRONZE_POSTS("bronze", "posts"),
  BRONZE_QUARANTINE("bronze", "quarantine"),
  SILVER_SCORED_POSTS("silver", "scored_posts"),
  GOLD_SENTIMENT_WEEKLY("gold", "sentiment_weekly"),
  GOLD_THEME_WEEKLY("gold", "theme_weekly"),
  GOLD_CUSTOMER_WEEKLY("gold", "customer_weekly"),
  GOLD_CHURN_RISK("gold", "churn_risk"),
  GOLD_ALERTS("gold", "alerts"),
  OPS_RUN_LOG("ops", "run_log");

  private final String layer;
  private final String shortName;

  Table(String layer, String shortName) {
    this.layer = layer;
    this.shortName = shortName;
  }

  public String layer() {
    return layer;
  }

  public String shortName() {
    return shortName;
  }

  /** The name used in SQL and documentation, e.g. {@code bronze.posts}. */
  public String qualifiedName() {
    return layer + "." + shortName;
  }
}
