package io.trustwatch.sample;

import java.time.LocalDate;
import java.util.List;

/** The output of one simulation: customers with ground truth and their posts in time order. */
public record SimulatedSample(LocalDate start, int weeks, List<SimulatedCustomer> customers, List<SimulatedPost> posts) {

    public SimulatedSample {
        customers = List.copyOf(customers);
        posts = List.copyOf(posts);
    }

    /** First day of a simulation week. */
    public LocalDate weekStart(int week) {
        return start.plusWeeks(week);
    }

    /** Last day of the window (inclusive). */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }
}
