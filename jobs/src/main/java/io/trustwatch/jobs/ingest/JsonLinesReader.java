package io.trustwatch.jobs.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Reads any number of JSON Lines files in one Hadoop read into raw records ({@link IngestTransform#RAW_SCHEMA}),
 * each non-blank line numbered within its file. One read for all files, where a Spark read per file made a
 * landing folder of a thousand small files take minutes. Hadoop decompresses by suffix and decodes UTF-8,
 * putting U+FFFD where bytes are not UTF-8 (the parser quarantines those records).
 */
final class JsonLinesReader {

  private JsonLinesReader() {}

  static JavaRDD<Row> read(JavaSparkContext context, List<String> files) {
    JobConf conf = new JobConf(context.hadoopConfiguration());
    FileInputFormat.setInputPaths(conf, files.stream().map(Path::new).toArray(Path[]::new));
    @SuppressWarnings("unchecked")
    JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) context.hadoopRDD(
        conf, NamedFilesTextInputFormat.class, LongWritable.class, Text.class);
    // A file larger than a split is read in several: each split's lines are counted first, so that its
    // numbers start after those of the splits before it in its file.
    Map<String, Long> firstLines = firstLines(lines.mapPartitionsWithInputSplit(JsonLinesReader::count, true).collect());
    return lines.mapPartitionsWithInputSplit((split, it) -> numbered(split, it, firstLines), true)
        .filter(row -> !row.getString(2).isBlank());
  }

  /** Where a split starts and how many lines it holds. */
  private record SplitLines(String file, long start, long lines) implements java.io.Serializable {}

  private static Iterator<SplitLines> count(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    FileSplit s = (FileSplit) split;
    Iterator<Tuple2<LongWritable, Text>> checked = new Checked(s.getPath().toString(), lines);
    long n = 0;
    while (checked.hasNext()) {
      checked.next();
      n++;
    }
    return List.of(new SplitLines(s.getPath().toString(), s.getStart(), n)).iterator();
  }

  /** The first line number of each split, by {@link #key}. */
  private static Map<String, Long> firstLines(List<SplitLines> splits) {
    List<SplitLines> ordered = new ArrayList<>(splits);
    ordered.sort(Comparator.comparing(SplitLines::file).thenComparingLong(SplitLines::start));
    Map<String, Long> first = new HashMap<>();
    String file = null;
    long next = 1;
    for (SplitLines s : ordered) {
      if (!s.file().equals(file)) {
        file = s.file();
        next = 1;
      }
      first.put(key(s.file(), s.start()), next);
      next += s.lines();
    }
    return first;
  }

  private static String key(String file, long start) {
    return file + "@" + start;
  }

  private static Iterator<Row> numbered(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines,
      Map<String, Long> firstLines) {
    FileSplit s = (FileSplit) split;
    String file = s.getPath().toString();
    Iterator<Tuple2<LongWritable, Text>> checked = new Checked(file, lines);
    long first = firstLines.get(key(file, s.getStart()));
    return new Iterator<>() {
      private long lineNo = first;

      @Override
      public boolean hasNext() {
        return checked.hasNext();
      }

      @Override
      public Row next() {
        // Hadoop reuses the Text object: toString copies the line out.
        return RowFactory.create(file, lineNo++, checked.next()._2().toString(), null, null);
      }
    };
  }

  /** Hadoop's line iterator, with a read failure turned into one that names the file. */
  private record Checked(String file, Iterator<Tuple2<LongWritable, Text>> lines)
      implements Iterator<Tuple2<LongWritable, Text>> {

    @Override
    public boolean hasNext() {
      try {
        return lines.hasNext();
      } catch (Exception e) { // Hadoop's IOException, thrown undeclared through Scala
        throw unreadable(e);
      }
    }

    @Override
    public Tuple2<LongWritable, Text> next() {
      try {
        return lines.next();
      } catch (Exception e) {
        throw unreadable(e);
      }
    }

    private RuntimeException unreadable(Exception e) {
      return e instanceof IOException io ? new UnreadableFileException(file, io)
          : e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /**
   * Hadoop's text format over exactly the files given: its own listing would leave out a file the user
   * named whose name starts with {@code _} or {@code .}, as it does inside folders.
   */
  public static final class NamedFilesTextInputFormat extends TextInputFormat {
    @Override
    protected FileStatus[] listStatus(JobConf job) throws IOException {
      Path[] paths = getInputPaths(job);
      FileStatus[] statuses = new FileStatus[paths.length];
      for (int i = 0; i < paths.length; i++) statuses[i] = paths[i].getFileSystem(job).getFileStatus(paths[i]);
      return statuses;
    }
  }
}
