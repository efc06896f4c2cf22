package io.trustwatch.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The realistic defects an ingestion stage must quarantine or de-duplicate, one per line, each derived
 * from a real post of the sample so that everything else about the record looks normal. The order is
 * fixed and documented in the sample README.
 */
final class SampleDefects {

    /** Fresh ids for defect records, far from the ids of real posts. */
    private static final int FIRST_DEFECT_ID = 900001;

    /** The defects are derived from the posts at these slots (of 11 equal parts of the sample). */
    private static final int SLOTS = 9;

    private final SampleWriter writer;
    private final long posts;
    private final Map<Long, SimulatedPost> picked = new HashMap<>();

    /** @param posts how many posts the sample has; the posts are then {@linkplain #offer offered} in order */
    SampleDefects(SampleWriter writer, long posts) {
        if (posts < 10) {
            throw new IllegalArgumentException("need at least 10 posts to derive defects, got " + posts);
        }
        this.writer = writer;
        this.posts = posts;
    }

    /** The sample's post at {@code index} (from 0, in the sample's order): kept if a defect derives from it. */
    void offer(long index, SimulatedPost post) {
        for (int slot = 1; slot <= SLOTS; slot++) {
            if (index(slot) == index) {
                picked.put(index, post);
            }
        }
    }

    /** The defect records, once every post was offered. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        int id = FIRST_DEFECT_ID;
        out.add(writer.line(fresh(1, id++).put("text", "")));
        out.add(writer.line(fresh(2, id++).put("text", "  \n\t  ")));
        out.add(writer.line(fresh(3, id++).put("created_at", "31/02/2026 25:00")));
        out.add(writer.line(fresh(4, id++).put("created_at", "2030-12-24T10:00:00+03:00")));
        ObjectNode noId = fresh(5, id++);
        noId.remove("post_id");
        out.add(writer.line(noId));
        out.add(writer.line(fresh(6, id++).put("source", "review_site").put("rating", 7)));
        String whole = writer.line(fresh(7, id++));
        out.add(whole.substring(0, whole.length() * 3 / 5));
        out.add(writer.jsonLine(pick(8)));
        SimulatedPost original = pick(SLOTS);
        ObjectNode edited = writer.json(original);
        edited.put("text", original.text() + " (edited)");
        edited.put("created_at", SampleWriter.TIMESTAMP.format(original.createdAt().plusDays(2)));
        out.add(writer.line(edited));
        return out;
    }

    /** A copy of a real post under a new id, so only the injected defect is wrong with it. */
    private ObjectNode fresh(int slot, int id) {
        SimulatedPost p = pick(slot);
        return writer.json(p).put("post_id", p.postId().substring(0, p.postId().indexOf('-') + 1) + id);
    }

    private SimulatedPost pick(int slot) {
        SimulatedPost post = picked.get(index(slot));
        if (post == null) {
            throw new IllegalStateException("post " + index(slot) + " of " + posts + " was not offered");
        }
        return post;
    }

    /** Spreads the chosen posts over the sample instead of taking the first ones. */
    private long index(int slot) {
        return posts * slot / 11;
    }
}
