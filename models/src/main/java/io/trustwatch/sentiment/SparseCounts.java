package io.trustwatch.sentiment;

import java.util.Arrays;

/** Accumulates weighted counts per hash bucket for one post (a small open-addressing int-to-float map). */
final class SparseCounts {

  private static final int EMPTY = -1;

  private int[] keys = newKeys(256);
  private float[] values = new float[256];
  private int size;

  private static int[] newKeys(int capacity) {
    int[] k = new int[capacity];
    Arrays.fill(k, EMPTY);
    return k;
  }

  void add(int bucket, float weight) {
    int mask = keys.length - 1;
    int i = (bucket * 0x9E3779B9) >>> 1 & mask;
    while (keys[i] != EMPTY && keys[i] != bucket) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      keys[i] = bucket;
      size++;
      values[i] = weight;
      if (size * 2 > keys.length) {
        grow();
      }
    } else {
      values[i] += weight;
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new float[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  int size() {
    return size;
  }

  /** Buckets in ascending order (sorted so that downstream sums are computed in a fixed order). */
  int[] sortedBuckets() {
    int[] out = new int[size];
    int n = 0;
    for (int k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  float get(int bucket) {
    int mask = keys.length - 1;
    int i = (bucket * 0x9E3779B9) >>> 1 & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == bucket) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0f;
  }
}
