package io.trustwatch.themes;

import java.util.Locale;

/**
 * Binary confusion counts of one label in one language.
 * Precision with no predictions is 1 (nothing claimed, nothing wrong); recall with no gold is 1.
 */
public record LabelCounts(int tp, int fp, int fn, int tn) {

  static final LabelCounts ZERO = new LabelCounts(0, 0, 0, 0);

  LabelCounts add(boolean gold, boolean predicted) {
    return new LabelCounts(
        tp + (gold && predicted ? 1 : 0),
        fp + (!gold && predicted ? 1 : 0),
        fn + (gold && !predicted ? 1 : 0),
        tn + (!gold && !predicted ? 1 : 0));
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** @return "p\tr\tf1" with three decimals, "-" where a figure is undefined (nothing predicted or nothing to find) */
  public String prf() {
    String p = tp + fp == 0 ? "-" : String.format(Locale.ROOT, "%.3f", precision());
    String r = tp + fn == 0 ? "-" : String.format(Locale.ROOT, "%.3f", recall());
    String f = tp + fp == 0 || tp + fn == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f1());
    return p + "\t" + r + "\t" + f;
  }

  /** @return number of samples that carry the label */
  public int support() {
    return tp + fn;
  }
}
