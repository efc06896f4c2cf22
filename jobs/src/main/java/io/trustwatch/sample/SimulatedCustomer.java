package io.trustwatch.sample;

import java.time.ZoneId;

/**
 * One simulated customer and their ground truth.
 *
 * @param churnWeek index (0-based) of the simulation week in which the customer leaves, or {@code null}
 */
public record SimulatedCustomer(
        String id,
        Persona persona,
        String lang,
        String country,
        ZoneId zone,
        Brand brand,
        String product,
        String primarySource,
        String channel,
        String author,
        WritingStyle style,
        Integer churnWeek) {
}
