package io.trustwatch.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a simulated sample: the posts as JSON Lines in the input contract of DESIGN.md, the customer
 * ground truth, the per-post ground truth, and a small file of deliberately broken records.
 *
 * <p>Customers are {@linkplain #add added} as they are simulated and the files written by {@link #finish}:
 * meanwhile the posts wait on disk ({@link TimeOrderedSpool}), because their ids follow the order of time
 * over all customers, and a large sample does not fit in memory.
 */
public final class SampleWriter implements Closeable {

    public static final String POSTS = "posts.jsonl";
    public static final String DEFECTS = "posts-defects.jsonl";
    /** customer_id,persona,lang,churn_week (first day of the week the customer left; empty if they stay). */
    public static final String LABELS = "labels.csv";
    /** Per post, the columns of the scoring contract: id, lang, sentiment, themes, churn_intent. */
    public static final String POST_LABELS = "post_labels.tsv";

    /** Seconds always present and "Z" for UTC, e.g. 2026-03-02T14:05:00Z. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path dir;
    private final LocalDate start;
    private final TimeOrderedSpool spool;
    /** A customer's line of {@value #LABELS} by customer id, the order the file lists them in. */
    private final SortedMap<String, String> labels = new TreeMap<>();

    /**
     * @param dir   where the four files go (created if needed)
     * @param start first day of the simulated window
     * @param weeks weeks in the window
     */
    public SampleWriter(Path dir, LocalDate start, int weeks) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.start = start;
        // Posts are dated in their customers' time zones, within a day of the window either way in UTC.
        this.spool = new TimeOrderedSpool(dir, start.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                start.plusWeeks(weeks).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** One simulated customer and their posts, which have no ids yet. */
    public void add(SimulatedCustomer customer, List<SimulatedPost> posts) throws IOException {
        labels.put(customer.id(), customer.id() + "," + customer.persona().label() + "," + customer.lang() + ","
                + (customer.churnWeek() == null ? "" : start.plusWeeks(customer.churnWeek()).toString()));
        for (SimulatedPost post : posts) {
            spool.add(post);
        }
    }

    /** Numbers the posts in time order, writes the four files and returns their paths. */
    public List<Path> finish() throws IOException {
        Path posts = dir.resolve(POSTS);
        Path defects = dir.resolve(DEFECTS);
        Path labelsFile = dir.resolve(LABELS);
        Path postLabels = dir.resolve(POST_LABELS);
        SampleDefects defectSource = new SampleDefects(this, spool.size());
        try (BufferedWriter postLines = Files.newBufferedWriter(posts, StandardCharsets.UTF_8);
                BufferedWriter labelLines = Files.newBufferedWriter(postLabels, StandardCharsets.UTF_8)) {
            writeLine(labelLines, "id\tlang\tsentiment\tthemes\tchurn_intent");
            long[] next = {0};
            spool.drainInTimeOrder(unnumbered -> {
                SimulatedPost post = CustomerSimulator.numbered(unnumbered, next[0]);
                defectSource.offer(next[0]++, post);
                writeLine(postLines, jsonLine(post));
                writeLine(labelLines, postLabelLine(post));
            });
        }
        writeLines(defects, defectSource.lines());
        List<String> customerLines = new ArrayList<>(labels.size() + 1);
        customerLines.add("customer_id,persona,lang,churn_week");
        customerLines.addAll(labels.values());
        writeLines(labelsFile, customerLines);
        return List.of(posts, defects, labelsFile, postLabels);
    }

    /** Removes the posts put aside; {@link #finish} first, or nothing is written. */
    @Override
    public void close() throws IOException {
        spool.close();
    }

    /** One post as a JSON object, fields in contract order; absent optional values are written as null. */
    ObjectNode json(SimulatedPost p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("post_id", p.postId());
        n.put("source", p.source());
        n.put("text", p.text());
        n.put("created_at", TIMESTAMP.format(p.createdAt()));
        n.put("customer_id", p.customerId());
        n.put("author", p.author());
        n.put("rating", p.rating());
        n.put("brand", p.brand());
        n.put("product", p.product());
        n.put("country", p.country());
        n.put("lang", p.langHint());
        n.put("channel", p.channel());
        return n;
    }

    String jsonLine(SimulatedPost p) {
        return line(json(p));
    }

    String line(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String postLabelLine(SimulatedPost p) {
        String themes = p.intents().stream().filter(Intent::isTheme).map(Intent::themeCode)
                .distinct().collect(Collectors.joining(","));
        return p.postId() + "\t" + p.trueLang() + "\t" + p.sentiment() + "\t" + themes + "\t" + p.churnIntent();
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writeLine(w, line);
            }
        }
    }

    private static void writeLine(BufferedWriter w, String line) throws IOException {
        w.write(line);
        w.write('\n');
    }
}
