package io.trustwatch.sentiment;

import java.util.List;

/**
 * Sublinear TF-IDF weighting with L2 normalisation over hash buckets. Buckets never seen in training
 * get IDF 0, so unseen features are dropped rather than diluting the norm (as a fixed vocabulary would).
 */
final class TfIdf {

  private final float[] idf;

  TfIdf(float[] idf) {
    this.idf = idf;
  }

  static TfIdf fit(List<SparseCounts> documents, int dimensions) {
    int[] df = new int[dimensions];
    for (SparseCounts d : documents) {
      for (int b : d.sortedBuckets()) {
        df[b]++;
      }
    }
    float[] idf = new float[dimensions];
    double n = documents.size();
    for (int b = 0; b < dimensions; b++) {
      idf[b] = df[b] == 0 ? 0f : (float) (Math.log((1 + n) / (1 + df[b])) + 1);
    }
    return new TfIdf(idf);
  }

  float[] idf() {
    return idf;
  }

  SparseVector transform(SparseCounts counts) {
    int[] buckets = counts.sortedBuckets();
    int[] idx = new int[buckets.length];
    float[] val = new float[buckets.length];
    int n = 0;
    double norm = 0;
    for (int b : buckets) {
      if (idf[b] == 0f) {
        continue;
      }
      float v = (float) (1 + Math.log(counts.get(b))) * idf[b];
      idx[n] = b;
      val[n++] = v;
      norm += (double) v * v;
    }
    float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
    for (int i = 0; i < n; i++) {
      val[i] *= inv;
    }
    return new SparseVector(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
  }
}
