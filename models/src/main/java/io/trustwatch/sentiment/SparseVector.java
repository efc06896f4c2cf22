package io.trustwatch.sentiment;

/** A post's feature vector: ascending bucket indices and their (TF-IDF, L2-normalised) values. */
record SparseVector(int[] indices, float[] values) {}
