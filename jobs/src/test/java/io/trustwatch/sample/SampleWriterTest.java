package io.trustwatch.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("post_id", "source", "text", "created_at");
    private static final List<String> FIELDS = List.of("post_id", "source", "text", "created_at", "customer_id",
            "author", "rating", "brand", "product", "country", "lang", "channel");

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Simulation.write(60, 10, LocalDate.of(2026, 1, 5), 5L, List.of(), a, quiet());
        Simulation.write(60, 10, LocalDate.of(2026, 1, 5), 5L, List.of(), b, quiet());
        for (String name : List.of(SampleWriter.POSTS, SampleWriter.DEFECTS, SampleWriter.LABELS, SampleWriter.POST_LABELS)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void postsAreJsonLinesInTheInputContract() throws IOException {
        SampleSummary sample = Simulation.write(80, 10, LocalDate.of(2026, 1, 5), 6L, List.of(), dir, quiet());
        List<String> lines = Files.readAllLines(dir.resolve(SampleWriter.POSTS), StandardCharsets.UTF_8);
        assertEquals(sample.posts(), lines.size());
        for (String line : lines) {
            JsonNode post = JSON.readTree(line);
            assertEquals(FIELDS, fieldNames(post), line);
            for (String field : REQUIRED) {
                assertTrue(post.hasNonNull(field) && !post.get(field).asText().isBlank(), field + " missing in " + line);
            }
            OffsetDateTime.parse(post.get("created_at").asText());
            assertTrue(post.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"), line);
        }
    }

    @Test
    void labelsListEveryCustomerWithChurnWeekOnlyForChurners() throws IOException {
        SampleSummary sample = Simulation.write(80, 10, LocalDate.of(2026, 1, 5), 6L, List.of(), dir, quiet());
        List<String> lines = Files.readAllLines(dir.resolve(SampleWriter.LABELS));
        assertEquals("customer_id,persona,lang,churn_week", lines.get(0));
        assertEquals(sample.customers() + 1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",", -1);
            assertEquals(4, cols.length, line);
            boolean churner = cols[1].equals("loud_churner") || cols[1].equals("silent_churner");
            assertEquals(churner, !cols[3].isEmpty(), line);
            if (churner) {
                LocalDate week = LocalDate.parse(cols[3]);
                assertFalse(week.isBefore(sample.start()) || week.isAfter(sample.end()), line);
            }
        }
        List<String> postLabels = Files.readAllLines(dir.resolve(SampleWriter.POST_LABELS));
        assertEquals("id\tlang\tsentiment\tthemes\tchurn_intent", postLabels.get(0));
        assertEquals(sample.posts() + 1, postLabels.size());
    }

    @Test
    void defectsFileHoldsEachDocumentedDefectOnce() throws IOException {
        Simulation.write(80, 10, LocalDate.of(2026, 1, 5), 6L, List.of(), dir, quiet());
        List<String> posts = Files.readAllLines(dir.resolve(SampleWriter.POSTS), StandardCharsets.UTF_8);
        List<String> defects = Files.readAllLines(dir.resolve(SampleWriter.DEFECTS), StandardCharsets.UTF_8);
        assertEquals(9, defects.size());
        assertThrows(IOException.class, () -> JSON.readTree(defects.get(6)), "line 7 must be malformed JSON");
        List<JsonNode> parsed = new ArrayList<>();
        for (int i = 0; i < defects.size(); i++) {
            parsed.add(i == 6 ? null : JSON.readTree(defects.get(i)));
        }
        assertEquals("", parsed.get(0).get("text").asText());
        assertTrue(parsed.get(1).get("text").asText().isBlank() && !parsed.get(1).get("text").asText().isEmpty());
        assertEquals("31/02/2026 25:00", parsed.get(2).get("created_at").asText());
        assertTrue(OffsetDateTime.parse(parsed.get(3).get("created_at").asText()).getYear() >= 2030);
        assertFalse(parsed.get(4).has("post_id"));
        assertEquals(7, parsed.get(5).get("rating").asInt());
        assertTrue(posts.contains(defects.get(7)), "line 8 must duplicate a real post exactly");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (String line : posts) {
            JsonNode n = JSON.readTree(line);
            byId.put(n.get("post_id").asText(), n);
        }
        JsonNode repost = parsed.get(8);
        JsonNode original = byId.get(repost.get("post_id").asText());
        assertEquals(original.get("source"), repost.get("source"));
        assertNotEquals(original.get("text"), repost.get("text"));
        for (int i : List.of(0, 1, 2, 3, 5)) {
            assertFalse(byId.containsKey(parsed.get(i).get("post_id").asText()), "defect " + (i + 1) + " reuses a real id");
        }
    }

    @Test
    void summaryNamesCountsPerPersonaAndLanguage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Simulation.write(40, 10, LocalDate.of(2026, 1, 5), 8L, List.of(), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String summary = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("customers=40 weeks=10"), summary);
        assertTrue(summary.contains("customers per persona:"), summary);
        assertTrue(summary.contains("posts per language:"), summary);
    }

    @Test
    void simulateCommandTakesEndDateAndWritesTheFiles() throws IOException {
        Path out = dir.resolve("cli");
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(0, io.trustwatch.cli.TrustwatchCli.execute(new String[] {"simulate", "--customers", "30",
            "--weeks", "8", "--end", "2026-03-01", "--seed", "4", "--out", out.toString()}, sink, sink));
        assertEquals(31, Files.readAllLines(out.resolve(SampleWriter.LABELS)).size());
        for (String line : Files.readAllLines(out.resolve(SampleWriter.POSTS), StandardCharsets.UTF_8)) {
            LocalDate day = OffsetDateTime.parse(JSON.readTree(line).get("created_at").asText()).toLocalDate();
            assertTrue(!day.isBefore(LocalDate.of(2026, 1, 4)) && !day.isAfter(LocalDate.of(2026, 3, 2)), line);
        }
        assertEquals(LocalDate.of(2026, 1, 5), Simulation.startForEnd(LocalDate.of(2026, 3, 1), 8));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
