package io.trustwatch.sentiment;

import java.util.Arrays;
import java.util.List;

/**
 * Sublinear TF-IDF weighting with L2 normalisation over hash buckets. Buckets never seen in training
 * get IDF 0, so unseen features are dropped rather than diluting the norm (as a fixed vocabulary would).
 *
 * <p>The IDF of bucket b is {@code table[b * stride]}: a model keeps each bucket's IDF next to its
 * weights in one array, so scoring a feature touches one cache line instead of two (see
 * {@link LinearSentimentModel}); a stride of 1 is a plain IDF array.
 */
final class TfIdf {

  private final float[] table;
  private final int stride;

  TfIdf(float[] idf) {
    this(idf, 1);
  }

  TfIdf(float[] table, int stride) {
    this.table = table;
    this.stride = stride;
  }

  static TfIdf fit(List<SparseCounts> documents, int dimensions) {
    int[] df = new int[dimensions];
    int[] buckets = new int[0];
    for (SparseCounts d : documents) {
      if (buckets.length < d.size()) {
        buckets = new int[d.size()];
      }
      int n = d.entries(b -> true, buckets, new float[d.size()]);
      for (int i = 0; i < n; i++) {
        df[buckets[i]]++;
      }
    }
    float[] idf = new float[dimensions];
    double n = documents.size();
    for (int b = 0; b < dimensions; b++) {
      idf[b] = df[b] == 0 ? 0f : (float) (Math.log((1 + n) / (1 + df[b])) + 1);
    }
    return new TfIdf(idf);
  }

  /** A copy of the IDF per bucket. */
  float[] idf(int dimensions) {
    float[] idf = new float[dimensions];
    for (int b = 0; b < dimensions; b++) {
      idf[b] = table[b * stride];
    }
    return idf;
  }

  SparseVector transform(SparseCounts counts) {
    int[] idx = new int[counts.size()];
    float[] val = new float[counts.size()];
    // Buckets never seen in training (IDF 0) are dropped.
    int n = counts.entries(b -> table[b * stride] != 0f, idx, val);
    double norm = 0;
    for (int i = 0; i < n; i++) {
      float v = (float) (1 + Math.log(val[i])) * table[idx[i] * stride];
      val[i] = v;
      norm += (double) v * v;
    }
    float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
    for (int i = 0; i < n; i++) {
      val[i] *= inv;
    }
    return new SparseVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }
}
