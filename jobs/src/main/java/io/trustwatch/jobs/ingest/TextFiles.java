package io.trustwatch.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/** Input files opened as text the way Spark's readers open them: through Hadoop, decompressed by suffix. */
final class TextFiles {

  private TextFiles() {}

  /** UTF-8, with U+FFFD where bytes are not (the parsers quarantine those records). */
  static Reader open(Configuration conf, CompressionCodecFactory codecs, String file) throws IOException {
    Path path = new Path(file);
    InputStream raw = path.getFileSystem(conf).open(path);
    CompressionCodec codec = codecs.getCodec(path);
    return new InputStreamReader(codec == null ? raw : codec.createInputStream(raw), StandardCharsets.UTF_8);
  }
}
