package io.trustwatch.sentiment;

import io.trustwatch.text.Token;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained one-language sentiment model: feature settings, IDF weights and the one-vs-rest logistic
 * regression weights liblinear learned. Immutable once built, so one instance is shared by all threads.
 *
 * <p>Saved as a small gzip'd binary file ({@code <lang>.sentiment.gz}); the model id carries a hash of
 * the weights, so a retrained model is distinguishable in run logs.
 */
public final class LinearSentimentModel {

  private static final int MAGIC = 0x54575331; // "TWS1"

  private final String lang;
  private final String modelId;
  private final FeatureSettings settings;
  private final SentimentFeatures features;
  private final TfIdf tfIdf;
  /** The class of each weight column; liblinear's order. */
  private final SentimentLabel[] labels;
  /** Weight columns: 1 for a two-class model (the first label's score), else one per label. */
  private final int columns;
  /**
   * One row per bucket, {@code [idf, weight of column 0, ..., weight of column columns-1]}, and a final
   * row for the bias feature (its idf slot unused). A post's features hit random buckets of a table
   * of several megabytes; with the IDF beside the weights, each costs one cache miss, not two.
   */
  private final float[] rows;

  LinearSentimentModel(String lang, FeatureSettings settings, float[] idf, SentimentLabel[] labels, float[] weights) {
    this(lang, null, settings, idf, labels, weights);
  }

  private LinearSentimentModel(String lang, String modelId, FeatureSettings settings, float[] idf,
                               SentimentLabel[] labels, float[] weights) {
    if (labels.length < 2) {
      throw new IllegalArgumentException("a model needs at least two classes");
    }
    this.lang = lang;
    this.settings = settings;
    this.features = new SentimentFeatures(lang, settings);
    this.labels = labels;
    this.columns = labels.length == 2 ? 1 : labels.length;
    if (weights.length != (settings.dimensions() + 1) * columns || idf.length != settings.dimensions()) {
      throw new IllegalArgumentException("weights do not match the feature settings");
    }
    this.rows = interleave(idf, weights, columns);
    this.tfIdf = new TfIdf(rows, columns + 1);
    this.modelId = modelId != null ? modelId : "sentiment-lr-" + lang + "-" + fingerprint(idf, weights);
  }

  public String lang() {
    return lang;
  }

  public String modelId() {
    return modelId;
  }

  public FeatureSettings settings() {
    return settings;
  }

  /** Class probabilities indexed by {@link SentimentLabel#ordinal()}; classes the model never saw get 0. */
  public double[] probabilities(List<Token> tokens) {
    return probabilities(vector(tokens));
  }

  SparseVector vector(List<Token> tokens) {
    return tfIdf.transform(features.counts(tokens));
  }

  double[] probabilities(SparseVector x) {
    int bias = settings.dimensions() * (columns + 1);
    double[] decision = new double[columns];
    for (int k = 0; k < columns; k++) {
      decision[k] = rows[bias + 1 + k];
    }
    int[] idx = x.indices();
    float[] val = x.values();
    for (int i = 0; i < idx.length; i++) {
      int row = idx[i] * (columns + 1) + 1;
      for (int k = 0; k < columns; k++) {
        decision[k] += val[i] * rows[row + k];
      }
    }
    double[] p = new double[SentimentLabel.values().length];
    if (columns == 1) {
      double first = sigmoid(decision[0]);
      p[labels[0].ordinal()] = first;
      p[labels[1].ordinal()] = 1 - first;
    } else {
      // liblinear's one-vs-rest probability estimate: per-class sigmoids, normalised to sum to 1.
      double sum = 0;
      for (int k = 0; k < columns; k++) {
        double s = sigmoid(decision[k]);
        p[labels[k].ordinal()] = s;
        sum += s;
      }
      for (int k = 0; k < p.length; k++) {
        p[k] /= sum;
      }
    }
    return p;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  public void save(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeUTF(lang);
    out.writeUTF(modelId);
    out.writeInt(settings.hashBits());
    out.writeBoolean(settings.cues());
    out.writeInt(labels.length);
    for (SentimentLabel l : labels) {
      out.writeUTF(l.code());
    }
    writeFloats(out, tfIdf.idf(settings.dimensions()));
    writeFloats(out, weights());
    out.flush();
    gz.finish();
  }

  public static LinearSentimentModel load(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Trustwatch sentiment model");
    }
    String lang = in.readUTF();
    String modelId = in.readUTF();
    FeatureSettings settings = new FeatureSettings(in.readInt(), in.readBoolean());
    SentimentLabel[] labels = new SentimentLabel[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = SentimentLabel.fromCode(in.readUTF());
    }
    float[] idf = readFloats(in);
    float[] weights = readFloats(in);
    return new LinearSentimentModel(lang, modelId, settings, idf, labels, weights);
  }

  private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
    out.writeInt(a.length);
    for (float f : a) {
      out.writeFloat(f);
    }
  }

  private static float[] readFloats(DataInputStream in) throws IOException {
    float[] a = new float[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readFloat();
    }
    return a;
  }

  private static float[] interleave(float[] idf, float[] weights, int columns) {
    int buckets = idf.length + 1; // + the bias row
    float[] rows = new float[buckets * (columns + 1)];
    for (int b = 0; b < buckets; b++) {
      rows[b * (columns + 1)] = b < idf.length ? idf[b] : 0f;
      System.arraycopy(weights, b * columns, rows, b * (columns + 1) + 1, columns);
    }
    return rows;
  }

  /** The weights as liblinear gave them: row-major [bucket][column], then the bias row. */
  private float[] weights() {
    int buckets = settings.dimensions() + 1;
    float[] weights = new float[buckets * columns];
    for (int b = 0; b < buckets; b++) {
      System.arraycopy(rows, b * (columns + 1) + 1, weights, b * columns, columns);
    }
    return weights;
  }

  private static String fingerprint(float[] idf, float[] weights) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      ByteBuffer buf = ByteBuffer.allocate(4 * (idf.length + weights.length));
      buf.asFloatBuffer().put(idf).put(weights);
      return HexFormat.of().formatHex(sha.digest(buf.array()), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
