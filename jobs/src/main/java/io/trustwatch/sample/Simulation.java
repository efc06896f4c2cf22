package io.trustwatch.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Simulates, writes the files of {@link SampleWriter} into {@code outDir}, and prints a summary to {@code out}. */
    public static SimulatedSample write(int customers, int weeks, LocalDate start, long seed, List<Incident> incidents,
            Path outDir, PrintStream out) throws IOException {
        SimulatedSample sample = new CustomerSimulator().simulate(customers, weeks, start, seed, incidents);
        for (Path file : new SampleWriter().write(sample, outDir)) {
            out.println("wrote " + file);
        }
        out.printf("posts=%d customers=%d weeks=%d window=%s..%s seed=%d%n", sample.posts().size(),
                sample.customers().size(), weeks, sample.start(), sample.end(), seed);
        out.println("customers per persona: " + count(sample.customers().stream().map(c -> c.persona().label())));
        out.println("customers per language: " + count(sample.customers().stream().map(SimulatedCustomer::lang)));
        out.println("posts per language: " + count(sample.posts().stream().map(SimulatedPost::trueLang)));
        out.println("posts per sentiment: " + count(sample.posts().stream().map(SimulatedPost::sentiment)));
        out.println("posts per theme: " + count(sample.posts().stream().flatMap(p -> p.intents().stream())
                .filter(Intent::isTheme).map(Intent::themeCode)));
        out.println("posts with churn intent: " + sample.posts().stream().filter(SimulatedPost::churnIntent).count());
        return sample;
    }

    private static Map<String, Long> count(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
