package io.trustwatch.sample;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Posts put aside on disk in consecutive spans of time and given back in {@link CustomerSimulator#TIME_ORDER},
 * so that a sample of any size is numbered and written with one span's posts in memory instead of all of
 * them (a million posts took more than 2 GB of heap). Posts of one span keep the order they were added
 * in until sorted, so equal posts come back as a sort of all posts at once would give them.
 *
 * <p>The files are Java-serialised: they live only while one process writes one sample, in a hidden
 * folder that {@link #close} removes.
 */
final class TimeOrderedSpool implements Closeable {

    /** Few enough files open at once for any window, spans short enough for any number of posts. */
    private static final int MAX_SPANS = 256;
    /** An object stream remembers every object written until reset; resetting now and then bounds that. */
    private static final int RESET_EVERY = 1_000;

    private final Path dir;
    private final long firstSecond;
    private final long spanSeconds;
    private final ObjectOutputStream[] spans = new ObjectOutputStream[MAX_SPANS];
    private final int[] counts = new int[MAX_SPANS];
    private long size;

    /**
     * @param parent a folder on a disk with room for the posts (the sample's own folder)
     * @param from   the earliest time a post may have; an earlier one joins the first span
     * @param to     the latest time a post may have; a later one joins the last span
     */
    TimeOrderedSpool(Path parent, Instant from, Instant to) throws IOException {
        this.dir = Files.createTempDirectory(parent, ".spool-");
        this.firstSecond = from.getEpochSecond();
        long window = Math.max(1, to.getEpochSecond() - firstSecond);
        this.spanSeconds = (window + MAX_SPANS - 1) / MAX_SPANS;
    }

    void add(SimulatedPost post) throws IOException {
        int span = span(post.createdAt().toInstant());
        if (spans[span] == null) {
            spans[span] = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file(span))));
        }
        spans[span].writeObject(post);
        if (++counts[span] % RESET_EVERY == 0) {
            spans[span].reset();
        }
        size++;
    }

    long size() {
        return size;
    }

    /** Hands every post to {@code visitor} in {@link CustomerSimulator#TIME_ORDER}; the spool is empty after. */
    void drainInTimeOrder(PostVisitor visitor) throws IOException {
        for (int span = 0; span < MAX_SPANS; span++) {
            if (spans[span] == null) {
                continue;
            }
            spans[span].close();
            spans[span] = null;
            List<SimulatedPost> posts = read(file(span), counts[span]);
            Files.delete(file(span));
            counts[span] = 0;
            posts.sort(CustomerSimulator.TIME_ORDER);
            for (SimulatedPost post : posts) {
                visitor.accept(post);
            }
        }
        size = 0;
    }

    /** Receives the spooled posts in time order. */
    @FunctionalInterface
    interface PostVisitor {
        void accept(SimulatedPost post) throws IOException;
    }

    @Override
    public void close() throws IOException {
        for (int span = 0; span < MAX_SPANS; span++) {
            if (spans[span] != null) {
                spans[span].close();
                spans[span] = null;
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Spans follow time, so posts of an earlier span all come before those of a later one. */
    private int span(Instant at) {
        long span = Math.floorDiv(at.getEpochSecond() - firstSecond, spanSeconds);
        return (int) Math.max(0, Math.min(MAX_SPANS - 1, span));
    }

    private Path file(int span) {
        return dir.resolve(span + ".bin");
    }

    private static List<SimulatedPost> read(Path file, int count) throws IOException {
        List<SimulatedPost> posts = new ArrayList<>(count);
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (int i = 0; i < count; i++) {
                posts.add((SimulatedPost) in.readObject());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this process wrote " + file, e);
        }
        return posts;
    }
}
