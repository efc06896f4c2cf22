package io.trustwatch.sample;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One generated post: the input-contract fields (see DESIGN.md "Input contract") plus its ground truth
 * ({@code trueLang}, {@code intents}), which is written separately from the post itself.
 *
 * @param rating   1..5 for rated sources, otherwise {@code null}
 * @param langHint the language the source claims; usually right, sometimes {@code null}, occasionally wrong
 *
 * <p>Serializable so that a large sample can wait on disk to be put in time order ({@link TimeOrderedSpool}).
 */
public record SimulatedPost(
        String postId,
        String source,
        String text,
        OffsetDateTime createdAt,
        String customerId,
        String author,
        Integer rating,
        String brand,
        String product,
        String country,
        String langHint,
        String channel,
        String trueLang,
        List<Intent> intents) implements Serializable {

    public SimulatedPost {
        intents = List.copyOf(intents);
    }

    SimulatedPost withPostId(String id) {
        return new SimulatedPost(id, source, text, createdAt, customerId, author, rating, brand, product,
                country, langHint, channel, trueLang, intents);
    }

    /** The sentiment of the whole post: negative if any part is, else that of its first part. */
    public String sentiment() {
        return Intent.sentimentOf(intents);
    }

    public boolean churnIntent() {
        return intents.contains(Intent.CHURN_INTENT);
    }
}
