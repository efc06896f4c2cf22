package io.trustwatch.churn;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Customers' BG/NBD histories, each distinct history once with the number of customers who share it.
 *
 * <p>The likelihood depends on a history only through (x, t_x, T), and on a window of weeks most
 * customers share theirs with others: 222,222 simulated customers have 74,418 distinct histories. A
 * caller that counts them where the customers are (a Spark aggregation) hands the fitter one entry per
 * distinct history, so the memory of the process that fits does not grow with the number of customers.
 *
 * <p>Kept in one fixed order, so sums over the histories, and with them the fit, do not depend on the
 * order the customers came in.
 */
public final class HistoryCounts {

  private static final Comparator<CustomerHistory> ORDER = Comparator
      .comparingInt(CustomerHistory::frequency)
      .thenComparingDouble(CustomerHistory::recency)
      .thenComparingDouble(CustomerHistory::age);

  private final NavigableMap<CustomerHistory, Long> counts = new TreeMap<>(ORDER);
  private long customers;

  /** One count per customer's history. */
  public static HistoryCounts of(Collection<CustomerHistory> histories) {
    HistoryCounts counts = new HistoryCounts();
    for (CustomerHistory h : histories) counts.add(h, 1);
    return counts;
  }

  /** Adds {@code customers} customers whose history is {@code history}. */
  public void add(CustomerHistory history, long customers) {
    if (customers < 1) throw new IllegalArgumentException("customers must be >= 1, was " + customers);
    counts.merge(history, customers, Long::sum);
    this.customers = Math.addExact(this.customers, customers);
  }

  /** Customers counted, over all histories. */
  public long customers() {
    return customers;
  }

  /** Distinct histories. */
  public int distinct() {
    return counts.size();
  }

  /** Repeat events (x) summed over the customers. */
  public long repeatEvents() {
    long sum = 0;
    for (Map.Entry<CustomerHistory, Long> e : counts.entrySet()) sum += e.getKey().frequency() * e.getValue();
    return sum;
  }

  /** Mean observation period T over the customers, in weeks; 0 when there are none. */
  public double meanAge() {
    if (customers == 0) return 0;
    double sum = 0;
    for (Map.Entry<CustomerHistory, Long> e : counts.entrySet()) sum += e.getKey().age() * e.getValue();
    return sum / customers;
  }

  /** The distinct histories in ascending (x, t_x, T), each with its number of customers. */
  NavigableMap<CustomerHistory, Long> byHistory() {
    return Collections.unmodifiableNavigableMap(counts);
  }
}
