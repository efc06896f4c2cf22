package io.trustwatch.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Entry point for generating a synthetic sample with known outcomes ({@code trustwatch simulate}).
 * The bundled demo sample was made with the {@code DEMO_*} parameters (see {@code sample/README.md}).
 */
public final class Simulation {

    /** Parameters of the bundled demo sample ({@code src/main/resources/sample}); see its README. */
    public static final int DEMO_CUSTOMERS = 400;
    public static final int DEMO_WEEKS = 20;
    public static final LocalDate DEMO_END = LocalDate.of(2026, 11, 15);
    public static final long DEMO_SEED = 20261115L;
    /**
     * What changed in the demo's last week: a data leak at Qoro Bank talked about in Russian, and a
     * delivery breakdown at Bazarly in Arabic. Without them the demo's report would have no news.
     */
    public static final List<Incident> DEMO_INCIDENTS = List.of(
            new Incident("Qoro Bank", "ru", Intent.DATA_BREACH, -1, 0.7),
            new Incident("Bazarly", "ar", Intent.SERVICE_FAILURE, -1, 0.7));

    private Simulation() {
    }

    /** First day of a window of {@code weeks} weeks whose last day is {@code end}. */
    public static LocalDate startForEnd(LocalDate end, int weeks) {
        return end.minusWeeks(weeks).plusDays(1);
    }

    /**
     * Simulates, writes the files of {@link SampleWriter} into {@code outDir}, and prints a summary to {@code out}.
     * Memory does not grow with the number of customers beyond a line of labels each.
     */
    public static SampleSummary write(int customers, int weeks, LocalDate start, long seed, List<Incident> incidents,
            Path outDir, PrintStream out) throws IOException {
        SampleSummary.Tally tally = new SampleSummary.Tally();
        List<Path> files;
        try (SampleWriter writer = new SampleWriter(outDir, start, weeks)) {
            new CustomerSimulator().simulate(customers, weeks, start, seed, incidents, (customer, posts) -> {
                tally.add(customer, posts);
                writer.add(customer, posts);
            });
            files = writer.finish();
        }
        for (Path file : files) {
            out.println("wrote " + file);
        }
        SampleSummary summary = tally.summary(start, weeks);
        out.printf("posts=%d customers=%d weeks=%d window=%s..%s seed=%d%n", summary.posts(), summary.customers(),
                weeks, summary.start(), summary.end(), seed);
        out.println("customers per persona: " + summary.customersPerPersona());
        out.println("customers per language: " + summary.customersPerLanguage());
        out.println("posts per language: " + summary.postsPerLanguage());
        out.println("posts per sentiment: " + summary.postsPerSentiment());
        out.println("posts per theme: " + summary.postsPerTheme());
        out.println("posts with churn intent: " + summary.postsWithChurnIntent());
        return summary;
    }
}
