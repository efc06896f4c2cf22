package io.trustwatch.sentiment;

/**
 * Allocation-free 32-bit hashing of features (MurmurHash3's mixing steps applied per character), so
 * char n-grams and prefixed word features can be hashed straight from the token text without building
 * strings. Stable across JVMs and runs, which the saved models depend on.
 */
final class FeatureHash {

  private FeatureHash() {}

  static int start(int namespace) {
    return mix(0x9747b28c, namespace);
  }

  static int mix(int h, int c) {
    int k = c * 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15);
    k *= 0x1b873593;
    h ^= k;
    h = Integer.rotateLeft(h, 13);
    return h * 5 + 0xe6546b64;
  }

  static int mix(int h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return h;
  }

  static int mix(int h, char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = mix(h, s[i]);
    }
    return h;
  }

  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
