package io.trustwatch.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The realistic defects an ingestion stage must quarantine or de-duplicate, one per line, each derived
 * from a real post of the sample so that everything else about the record looks normal. The order is
 * fixed and documented in the sample README.
 */
final class SampleDefects {

    /** Fresh ids for defect records, far from the ids of real posts. */
    private static final int FIRST_DEFECT_ID = 900001;

    private final SampleWriter writer;

    SampleDefects(SampleWriter writer) {
        this.writer = writer;
    }

    List<String> lines(List<SimulatedPost> posts) {
        if (posts.size() < 10) {
            throw new IllegalArgumentException("need at least 10 posts to derive defects, got " + posts.size());
        }
        List<String> out = new ArrayList<>();
        int id = FIRST_DEFECT_ID;
        out.add(writer.line(fresh(posts, 1, id++).put("text", "")));
        out.add(writer.line(fresh(posts, 2, id++).put("text", "  \n\t  ")));
        out.add(writer.line(fresh(posts, 3, id++).put("created_at", "31/02/2026 25:00")));
        out.add(writer.line(fresh(posts, 4, id++).put("created_at", "2030-12-24T10:00:00+03:00")));
        ObjectNode noId = fresh(posts, 5, id++);
        noId.remove("post_id");
        out.add(writer.line(noId));
        out.add(writer.line(fresh(posts, 6, id++).put("source", "review_site").put("rating", 7)));
        String whole = writer.line(fresh(posts, 7, id++));
        out.add(whole.substring(0, whole.length() * 3 / 5));
        out.add(writer.jsonLine(pick(posts, 8)));
        SimulatedPost original = pick(posts, 9);
        ObjectNode edited = writer.json(original);
        edited.put("text", original.text() + " (edited)");
        edited.put("created_at", SampleWriter.TIMESTAMP.format(original.createdAt().plusDays(2)));
        out.add(writer.line(edited));
        return out;
    }

    /** A copy of a real post under a new id, so only the injected defect is wrong with it. */
    private ObjectNode fresh(List<SimulatedPost> posts, int slot, int id) {
        SimulatedPost p = pick(posts, slot);
        return writer.json(p).put("post_id", p.postId().substring(0, p.postId().indexOf('-') + 1) + id);
    }

    /** Spreads the chosen posts over the sample instead of taking the first ones. */
    private static SimulatedPost pick(List<SimulatedPost> posts, int slot) {
        return posts.get((int) ((long) posts.size() * slot / 11));
    }
}
