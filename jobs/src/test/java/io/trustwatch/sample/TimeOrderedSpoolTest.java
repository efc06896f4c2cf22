package io.trustwatch.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeOrderedSpoolTest {

    private static final Instant FROM = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void givesThePostsBackAsOneSortOfThemAllWould() throws IOException {
        Random rnd = new Random(3);
        List<SimulatedPost> added = new ArrayList<>();
        // Thousands in one span (the object stream is reset while writing it), ties on the time, and posts
        // before and after the window, which join the first and last spans.
        for (int i = 0; i < 2_500; i++) {
            added.add(post(FROM.plusSeconds(3_600 + rnd.nextInt(60)), "cust-" + rnd.nextInt(3), "same words"));
        }
        for (int i = 0; i < 3_000; i++) {
            long second = rnd.nextLong(-86_400, TO.getEpochSecond() - FROM.getEpochSecond() + 86_400);
            added.add(post(FROM.plusSeconds(second), "cust-" + rnd.nextInt(50), "text " + rnd.nextInt(4)));
        }
        List<SimulatedPost> back = new ArrayList<>();
        try (TimeOrderedSpool spool = new TimeOrderedSpool(dir, FROM, TO)) {
            for (SimulatedPost p : added) {
                spool.add(p);
            }
            assertEquals(added.size(), spool.size());
            spool.drainInTimeOrder(back::add);
        }
        List<SimulatedPost> sorted = new ArrayList<>(added);
        sorted.sort(CustomerSimulator.TIME_ORDER);
        assertEquals(sorted, back);
    }

    @Test
    void leavesNothingBehindEvenWhenNotDrained() throws IOException {
        try (TimeOrderedSpool spool = new TimeOrderedSpool(dir, FROM, TO)) {
            spool.add(post(FROM.plusSeconds(10), "cust-1", "a"));
            spool.add(post(TO.minusSeconds(10), "cust-2", "b"));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static SimulatedPost post(Instant at, String customer, String text) {
        return new SimulatedPost(null, "twitter", text, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), customer,
                "author", null, "Qoro Bank", "app", "TR", "tr", "app", "tr", List.of(Intent.NEUTRAL));
    }
}
