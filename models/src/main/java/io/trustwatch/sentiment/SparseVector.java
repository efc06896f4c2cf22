package io.trustwatch.sentiment;

/** A post's feature vector: bucket indices (in no particular order) and their (TF-IDF, L2-normalised) values. */
record SparseVector(int[] indices, float[] values) {}
