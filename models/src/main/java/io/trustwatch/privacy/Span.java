package io.trustwatch.privacy;

/** A detected value: {@code [start, end)} in the text given to the detector. */
record Span(int start, int end) {}
