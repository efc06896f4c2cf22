package io.trustwatch.sentiment;

/**
 * Which features a linear sentiment model uses; saved with the model so scoring matches training.
 *
 * @param hashBits number of hash buckets is {@code 2^hashBits}
 * @param cues     add the review cues (negation scope, contrast, intensifiers, caps, elongation,
 *                 "!"/"?") on top of the plain word 1-2-gram and char 2-5-gram features
 */
public record FeatureSettings(int hashBits, boolean cues) {

  public static final int DEFAULT_HASH_BITS = 18;

  public static final FeatureSettings PLAIN = new FeatureSettings(DEFAULT_HASH_BITS, false);
  public static final FeatureSettings WITH_CUES = new FeatureSettings(DEFAULT_HASH_BITS, true);

  public FeatureSettings {
    if (hashBits < 4 || hashBits > 24) {
      throw new IllegalArgumentException("hashBits out of range: " + hashBits);
    }
  }

  public int dimensions() {
    return 1 << hashBits;
  }

  public String describe() {
    return (cues ? "word1-2+char2-5+cues" : "word1-2+char2-5") + "/2^" + hashBits;
  }
}
