package io.trustwatch.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a simulated sample: the posts as JSON Lines in the input contract of DESIGN.md, the customer
 * ground truth, the per-post ground truth, and a small file of deliberately broken records.
 */
public final class SampleWriter {

    public static final String POSTS = "posts.jsonl";
    public static final String DEFECTS = "posts-defects.jsonl";
    /** customer_id,persona,lang,churn_week (first day of the week the customer left; empty if they stay). */
    public static final String LABELS = "labels.csv";
    /** Per post, the columns of the scoring contract: id, lang, sentiment, themes, churn_intent. */
    public static final String POST_LABELS = "post_labels.tsv";

    /** Seconds always present and "Z" for UTC, e.g. 2026-03-02T14:05:00Z. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes the four files into {@code dir} (created if needed) and returns their paths. */
    public List<Path> write(SimulatedSample sample, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path posts = dir.resolve(POSTS);
        Path defects = dir.resolve(DEFECTS);
        Path labels = dir.resolve(LABELS);
        Path postLabels = dir.resolve(POST_LABELS);
        writeLines(posts, sample.posts().stream().map(this::jsonLine).toList());
        writeLines(defects, new SampleDefects(this).lines(sample.posts()));
        writeLines(labels, labelLines(sample));
        writeLines(postLabels, postLabelLines(sample));
        return List.of(posts, defects, labels, postLabels);
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

    private static List<String> labelLines(SimulatedSample sample) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("customer_id,persona,lang,churn_week");
        sample.customers().stream().sorted(Comparator.comparing(SimulatedCustomer::id)).forEach(c -> lines.add(
                c.id() + "," + c.persona().label() + "," + c.lang() + ","
                        + (c.churnWeek() == null ? "" : sample.weekStart(c.churnWeek()).toString())));
        return lines;
    }

    private static List<String> postLabelLines(SimulatedSample sample) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("id\tlang\tsentiment\tthemes\tchurn_intent");
        for (SimulatedPost p : sample.posts()) {
            String themes = p.intents().stream().filter(Intent::isTheme).map(Intent::themeCode)
                    .distinct().collect(Collectors.joining(","));
            lines.add(p.postId() + "\t" + p.trueLang() + "\t" + p.sentiment() + "\t" + themes + "\t" + p.churnIntent());
        }
        return lines;
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
