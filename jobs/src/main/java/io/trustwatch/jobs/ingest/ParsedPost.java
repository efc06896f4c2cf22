package io.trustwatch.jobs.ingest;

import java.time.Instant;

/** One record that satisfies the input contract, as it will be stored in {@code bronze.posts}. */
public record ParsedPost(
    String postId,
    String source,
    String text,
    Instant createdAt,
    String customerId,
    String author,
    Integer rating,
    String brand,
    String product,
    String country,
    String langHint,
    String channel,
    String extra,
    boolean textTruncated,
    int textLength) {}
