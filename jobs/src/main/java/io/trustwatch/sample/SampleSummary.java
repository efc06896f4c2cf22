package io.trustwatch.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one simulation wrote, counted as it went (the sample itself is not kept in memory).
 *
 * @param postsPerTheme theme mentions: a post naming two themes counts for both
 */
public record SampleSummary(LocalDate start, int weeks, long customers, long posts,
        Map<String, Long> customersPerPersona, Map<String, Long> customersPerLanguage,
        Map<String, Long> postsPerLanguage, Map<String, Long> postsPerSentiment, Map<String, Long> postsPerTheme,
        long postsWithChurnIntent) {

    /** Last day of the window (inclusive). */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /** Counts customers and posts as they are simulated. */
    static final class Tally {

        private final Map<String, Long> perPersona = new TreeMap<>();
        private final Map<String, Long> customerLanguages = new TreeMap<>();
        private final Map<String, Long> postLanguages = new TreeMap<>();
        private final Map<String, Long> sentiments = new TreeMap<>();
        private final Map<String, Long> themes = new TreeMap<>();
        private long customers;
        private long posts;
        private long churnIntent;

        void add(SimulatedCustomer customer, Iterable<SimulatedPost> theirs) {
            customers++;
            perPersona.merge(customer.persona().label(), 1L, Long::sum);
            customerLanguages.merge(customer.lang(), 1L, Long::sum);
            for (SimulatedPost post : theirs) {
                posts++;
                postLanguages.merge(post.trueLang(), 1L, Long::sum);
                sentiments.merge(post.sentiment(), 1L, Long::sum);
                for (Intent intent : post.intents()) {
                    if (intent.isTheme()) {
                        themes.merge(intent.themeCode(), 1L, Long::sum);
                    }
                }
                if (post.churnIntent()) {
                    churnIntent++;
                }
            }
        }

        SampleSummary summary(LocalDate start, int weeks) {
            return new SampleSummary(start, weeks, customers, posts, sorted(perPersona), sorted(customerLanguages),
                    sorted(postLanguages), sorted(sentiments), sorted(themes), churnIntent);
        }

        /** Sorted by key, so the printed summary lists them in a stable order. */
        private static Map<String, Long> sorted(Map<String, Long> counts) {
            return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        }
    }
}
