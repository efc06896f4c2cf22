package io.trustwatch.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads CSV files with a header row into raw records ({@link IngestTransform#RAW_SCHEMA}), each record numbered
 * within its file; a record the CSV parser rejects comes back as its raw text with a read error.
 *
 * <p>Files that share a header are read in one Spark read, where a read per file (two Spark jobs each) made a
 * landing folder of a thousand small exports take minutes. Spark applies one schema to all files of a read by
 * column position, so files whose headers differ (another column order, another export) are read apart, each
 * under its own column names.
 */
final class CsvReader {

  private static final String CORRUPT = "_corrupt_record";
  private static final String FILE = "_file";

  private CsvReader() {}

  /** One read per header the files have; the caller unions them with its other reads. */
  static List<JavaRDD<Row>> read(SparkSession spark, List<String> files) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    Map<String, List<String>> byHeader = new LinkedHashMap<>();
    for (String file : files) {
      String key = headerKey(conf, codecs, file);
      // A file of blank lines has no records, and no columns: Spark refuses to read a CSV that has none.
      if (key != null) byHeader.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
    }
    return byHeader.values().stream().map(sameHeader -> readSameHeader(spark, sameHeader)).toList();
  }

  /**
   * The file's first line that is not blank, which Spark takes as the header, and is the whole header unless
   * a quoted column name runs on to the next line (an odd number of quotes): such a file gets a key of its
   * own. Null for a file of blank lines only. Read through Hadoop, which decompresses by suffix, without a
   * Spark job.
   */
  private static String headerKey(Configuration conf, CompressionCodecFactory codecs, String file) {
    try (BufferedReader lines = new BufferedReader(TextFiles.open(conf, codecs, file))) {
      String first = lines.readLine();
      while (first != null && first.trim().isEmpty()) first = lines.readLine(); // as Spark skips them
      if (first == null) return null;
      boolean whole = first.chars().filter(c -> c == '"').count() % 2 == 0;
      // A NUL never occurs in a header line, so this key cannot equal another file's line.
      return whole ? first : "\0" + file;
    } catch (IOException e) {
      throw new UnreadableFileException(file, e);
    }
  }

  /** Files with the same header, in one read. */
  private static JavaRDD<Row> readSameHeader(SparkSession spark, List<String> files) {
    // Spark's own reading of the header, so column names (blank or repeated ones too) are as before.
    StructType header = spark.read().option("header", true).csv(files.get(0)).schema();
    StructType allStrings = new StructType();
    for (String name : header.fieldNames()) allStrings = allStrings.add(name, DataTypes.StringType);
    allStrings = allStrings.add(CORRUPT, DataTypes.StringType);
    Dataset<Row> csv = spark.read()
        .option("header", true)
        .option("multiLine", true) // quoted fields may hold newlines; a file is then never split
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .schema(allStrings)
        .csv(files.toArray(String[]::new))
        .withColumn(FILE, input_file_name());
    String[] names = header.fieldNames();
    Column[] fields = Arrays.stream(names).map(n -> col("`" + n + "`")).toArray(Column[]::new);
    Column corrupt = col(CORRUPT).isNotNull();
    Column repeatsHeader = col(CORRUPT).isNull();
    for (int i = 0; i < names.length; i++) repeatsHeader = repeatsHeader.and(fields[i].eqNullSafe(lit(names[i])));
    Dataset<Row> raw = csv.select(col(FILE),
        when(corrupt, col(CORRUPT)).otherwise(to_json(struct(fields))).as("raw"),
        when(corrupt, lit(QuarantineReason.MALFORMED_CSV.code())).as("read_error"),
        lit(null).cast("string").as("read_detail"), repeatsHeader.as("repeats_header"));
    return raw.javaRDD().mapPartitions(CsvReader::numbered);
  }

  /**
   * Numbers each file's records from 1. A file is never split (multi-line CSV), and a partition reads its
   * files one after another in order, so each file's records arrive together and in order.
   *
   * <p>A file's first record that repeats the header is its header line: Spark takes the first line that is not
   * empty as the header even when it holds only spaces, and the real header then arrives as a record.
   */
  private static Iterator<Row> numbered(Iterator<Row> rows) {
    return new Iterator<>() {
      private String uri;
      private String file;
      private long recordNo;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row row = rows.next();
          boolean firstOfFile = !row.getString(0).equals(uri);
          if (firstOfFile) {
            uri = row.getString(0);
            // input_file_name() gives a URI (file:///…, %20); records name the file as the listing does.
            file = new Path(URI.create(uri)).toString();
            recordNo = 0;
          }
          if (firstOfFile && row.getBoolean(4)) continue;
          next = RowFactory.create(file, ++recordNo, row.getString(1), row.getString(2), row.getString(3));
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        Row row = next;
        next = null;
        return row;
      }
    };
  }
}
