package io.trustwatch.sentiment;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Accumulates weighted counts per hash bucket for one post (a small open-addressing int-to-float map). */
final class SparseCounts {

  private static final int EMPTY = -1;
  private static final int MIN_CAPACITY = 64;

  private int[] keys;
  private float[] values;
  private int size;

  /** @param expected about how many distinct buckets will be added: sizing for it up front saves rehashing */
  SparseCounts(int expected) {
    int capacity = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, expected)) << 2);
    keys = newKeys(capacity);
    values = new float[capacity];
  }

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

  /**
   * Copies the {@code include}d buckets and their counts into the two arrays (each at least
   * {@link #size()} long) and returns how many there are. They come in table order, which depends only
   * on the features added and their order, so sums over them are the same on every run; sorting them
   * instead cost as much as the rest of the weighting.
   */
  int entries(IntPredicate include, int[] buckets, float[] counts) {
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      int k = keys[i];
      if (k != EMPTY && include.test(k)) {
        buckets[n] = k;
        counts[n++] = values[i];
      }
    }
    return n;
  }
}
