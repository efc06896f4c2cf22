package io.trustwatch.jobs.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads {@code .json} files into raw records ({@link IngestTransform#RAW_SCHEMA}): a file whose first character
 * (after blanks and a byte-order mark) is {@code [} is one JSON array, each element a record numbered by its
 * place in the array; any other file is JSON Lines, numbered by line as {@link JsonLinesReader} does. APIs and
 * export tools write arrays under this extension, which a line reader would quarantine line by line.
 *
 * <p>Each file is one task, read as a stream, so an array never has to fit in memory. Where the array stops
 * parsing, the rest of the file from there becomes one {@code malformed_json} record: nothing after it is
 * dropped, and nothing in it is taken as a post.
 */
final class JsonDocumentReader {

  /** Numbers are passed on as written (4.0 stays 4.0), not rounded to a double or trimmed on the way. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private JsonDocumentReader() {}

  static JavaRDD<Row> read(JavaSparkContext context, List<String> files) {
    Broadcast<SerializableConfiguration> conf =
        context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));
    return context.parallelize(files, files.size()).flatMap(file -> {
      Records records = new Records(file, conf.value().value());
      TaskContext task = TaskContext.get();
      if (task != null) task.addTaskCompletionListener((TaskCompletionListener) done -> records.close());
      return records;
    });
  }

  /**
   * One file's records, in file order, read as they are asked for. A file that cannot be read fails with
   * {@link UnreadableFileException}.
   */
  static final class Records implements Iterator<Row>, Closeable {

    private final String file;
    private final Configuration conf;
    private final CompressionCodecFactory codecs;
    private final PushbackReader in;
    /** Characters before the content, of them line ends, and those after the last line end (a byte-order mark not). */
    private long blankChars;
    private long blankLines;
    private long blankColumns;
    private BufferedReader lines;
    private long lineNo;
    private JsonParser array;
    /** Characters of the array, from its [, that are in records already. */
    private long taken;
    private long element;
    private Row next;
    private boolean done;

    Records(String file, Configuration conf) {
      this.file = file;
      this.conf = conf;
      this.codecs = new CompressionCodecFactory(conf);
      try {
        this.in = new PushbackReader(new BufferedReader(TextFiles.open(conf, codecs, file)));
        skipBlanks();
        int first = in.read();
        if (first == -1) {
          done = true;
        } else {
          in.unread(first);
          if (first == '[') {
            array = JSON.getFactory().createParser(in);
            array.nextToken();
          } else {
            lines = new BufferedReader(in);
            lineNo = blankLines;
          }
        }
      } catch (IOException e) {
        throw new UnreadableFileException(file, e);
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = array != null ? nextElement() : nextLine();
        } catch (IOException e) {
          close();
          throw new UnreadableFileException(file, e);
        }
        if (next == null) done = true;
      }
      if (next == null) close(); // closing again does nothing
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new NoSuchElementException();
      Row row = next;
      next = null;
      return row;
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // Read to the end or failed already: nothing is lost by not closing cleanly.
      }
    }

    private void skipBlanks() throws IOException {
      for (int ch = in.read(); ch != -1; ch = in.read()) {
        if (ch != '\uFEFF' && !Character.isWhitespace(ch)) {
          in.unread(ch);
          return;
        }
        blankChars++;
        if (ch == '\n') {
          blankLines++;
          blankColumns = 0;
        } else if (ch != '\uFEFF') {
          blankColumns++;
        }
      }
    }

    private Row nextLine() throws IOException {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (!line.isBlank()) return RowFactory.create(file, lineNo, line, null, null);
      }
      return null;
    }

    /**
     * The next element; where the array stops parsing, everything after the last whole element (read again
     * from the file, as the parser has consumed part of it) as one record to quarantine, and then no more.
     */
    private Row nextElement() throws IOException {
      try {
        JsonToken t = array.nextToken();
        if (t == JsonToken.END_ARRAY) {
          if (array.nextToken() != null) {
            throw new JsonParseException(array, "text after the end of the array", array.currentTokenLocation());
          }
          return null;
        }
        if (t == null) throw new JsonParseException(array, "the array is not closed");
        JsonNode value = JSON.readTree(array);
        taken = array.currentLocation().getCharOffset();
        return RowFactory.create(file, ++element, JSON.writeValueAsString(value), null, null);
      } catch (JsonProcessingException e) {
        done = true;
        return RowFactory.create(file, element + 1, rest(blankChars + taken), QuarantineReason.MALFORMED_JSON.code(),
            where(e));
      }
    }

    /**
     * Where in the file, and why, the array stopped parsing, so whoever fixes the file need not search for it:
     * the parser counts lines and columns from the {@code [}, the file from its first character.
     */
    private String where(JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
          : e.getOriginalMessage().lines().findFirst().orElse("");
      String after = String.format(Locale.ROOT, "after %,d whole element%s", element, element == 1 ? "" : "s");
      if (at == null) return "the JSON array stops parsing " + after + ": " + why;
      long line = blankLines + at.getLineNr();
      long column = at.getLineNr() == 1 ? blankColumns + at.getColumnNr() : at.getColumnNr();
      return String.format(Locale.ROOT, "the JSON array stops parsing at line %,d, column %,d, %s: %s", line, column,
          after, why);
    }

    /** The file's text from character {@code from} on. */
    private String rest(long from) throws IOException {
      try (Reader again = TextFiles.open(conf, codecs, file)) {
        for (long left = from; left > 0; ) {
          long n = again.skip(left);
          if (n <= 0) break;
          left -= n;
        }
        StringBuilder out = new StringBuilder();
        char[] chunk = new char[8192];
        for (int n = again.read(chunk); n != -1; n = again.read(chunk)) out.append(chunk, 0, n);
        return out.toString();
      }
    }
  }
}
