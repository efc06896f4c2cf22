package io.trustwatch.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed demo sample is exactly what the documented command produces, and it is rich enough for the demo. */
class BundledSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void committedSampleIsReproducedByTheDocumentedParameters() throws IOException {
        Simulation.write(Simulation.DEMO_CUSTOMERS, Simulation.DEMO_WEEKS,
                Simulation.startForEnd(Simulation.DEMO_END, Simulation.DEMO_WEEKS), Simulation.DEMO_SEED,
                Simulation.DEMO_INCIDENTS, dir, new PrintStream(OutputStream.nullOutputStream()));
        for (String name : List.of(SampleWriter.POSTS, SampleWriter.DEFECTS, SampleWriter.LABELS, SampleWriter.POST_LABELS)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), resource(name),
                    name + " differs from a fresh run: regenerate the sample (see sample/README.md)");
        }
    }

    @Test
    void committedSampleCoversTheDemo() throws IOException {
        List<JsonNode> posts = new ArrayList<>();
        for (String line : new String(resource(SampleWriter.POSTS), StandardCharsets.UTF_8).split("\n")) {
            posts.add(JSON.readTree(line));
        }
        assertTrue(posts.size() >= 2000, "posts: " + posts.size());
        Set<String> customers = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (JsonNode p : posts) {
            customers.add(p.get("customer_id").asText());
            LocalDate day = OffsetDateTime.parse(p.get("created_at").asText()).toLocalDate();
            first = day.isBefore(first) ? day : first;
            last = day.isAfter(last) ? day : last;
        }
        assertTrue(customers.size() >= 300, "customers: " + customers.size());
        assertTrue(java.time.temporal.ChronoUnit.WEEKS.between(first, last) >= 15, first + ".." + last);
        assertTrue(!last.isAfter(Simulation.DEMO_END.plusDays(1)), "last post " + last);

        List<String> labels = List.of(new String(resource(SampleWriter.POST_LABELS), StandardCharsets.UTF_8).split("\n"));
        Set<String> langs = new HashSet<>();
        Set<String> sentiments = new HashSet<>();
        Set<String> themes = new HashSet<>();
        long churn = 0;
        for (String line : labels.subList(1, labels.size())) {
            String[] cols = line.split("\t", -1);
            langs.add(cols[1]);
            sentiments.add(cols[2]);
            if (!cols[3].isEmpty()) {
                themes.addAll(List.of(cols[3].split(",")));
            }
            churn += Boolean.parseBoolean(cols[4]) ? 1 : 0;
        }
        assertTrue(langs.containsAll(SampleTextBank.SCORED_LANGUAGES), langs.toString());
        assertEquals(Set.of("positive", "neutral", "negative"), sentiments);
        assertEquals(Intent.themes().stream().map(Intent::themeCode).collect(java.util.stream.Collectors.toSet()), themes);
        assertTrue(churn > 0);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundledSampleTest.class.getResourceAsStream("/sample/" + name)) {
            assertNotNull(in, "missing bundled resource sample/" + name);
            return in.readAllBytes();
        }
    }
}
