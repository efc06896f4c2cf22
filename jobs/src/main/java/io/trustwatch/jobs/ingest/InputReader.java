package io.trustwatch.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.trustwatch.lakehouse.RunLog;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage's input side: expands paths, folders and globs into files and reads each file
 * into raw records ({@link IngestTransform#RAW_SCHEMA}) that keep the file name and record number,
 * so every quarantined record can be traced to its origin.
 *
 * <p>Every format is reduced to one JSON object text per record, so one parser enforces the
 * contract for all of them. JSON Lines are numbered by line; CSV and Parquet by record.
 */
public final class InputReader {

  private final SparkSession spark;

  public InputReader(SparkSession spark) {
    this.spark = spark;
  }

  /** Expands each argument (file, folder or glob) into data files, sorted for a deterministic order. */
  public List<String> expand(List<String> inputs) throws IOException {
    return list(inputs).stream().map(RunLog.InputFile::path).toList();
  }

  /** {@link #expand}, with each file's size and modification time. */
  public List<RunLog.InputFile> list(List<String> inputs) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<FileStatus> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new java.io.FileNotFoundException(input);
      }
      for (FileStatus match : matches) {
        collect(fs, match, files, true);
      }
    }
    return files.stream().sorted(Comparator.comparing(f -> f.getPath().toString()))
        .map(f -> new RunLog.InputFile(f.getPath().toString(), f.getLen(), Instant.ofEpochMilli(f.getModificationTime())))
        .toList();
  }

  /** A path the user named is always read; inside folders, hidden and {@code _}-prefixed entries are skipped. */
  private static void collect(FileSystem fs, FileStatus status, List<FileStatus> out, boolean named) throws IOException {
    String name = status.getPath().getName();
    if (!named && (name.startsWith(".") || name.startsWith("_"))) return; // hidden, _SUCCESS, _delta_log
    if (status.isDirectory()) {
      FileStatus[] children = fs.listStatus(status.getPath());
      Arrays.sort(children);
      for (FileStatus child : children) collect(fs, child, out, false);
    } else if (status.getLen() > 0 || InputFormat.fromFileName(name).isPresent()) {
      out.add(status);
    }
  }

  /** Reads files into raw records; an empty list gives an empty dataset. */
  public Dataset<Row> read(List<RunLog.InputFile> files, InputFormat format) {
    List<String> jsonLines = new ArrayList<>();
    List<String> jsonDocuments = new ArrayList<>();
    List<String> csv = new ArrayList<>();
    List<JavaRDD<Row>> parts = new ArrayList<>();
    for (RunLog.InputFile file : files) {
      InputFormat f = format != InputFormat.AUTO ? format
          : InputFormat.fromFileName(file.path()).orElseThrow(() -> new IllegalArgumentException(
              "cannot tell the format of " + file.path() + " from its extension; pass --format"));
      switch (f) {
        case JSONL -> jsonLines.add(file.path());
        case JSON -> jsonDocuments.add(file.path());
        case CSV -> csv.add(file.path());
        case PARQUET -> parts.add(numbered(file.path(), spark.read().parquet(file.path())
            .select(to_json(struct(col("*"))).as("raw"), lit(null).cast("string").as("read_error"),
                lit(null).cast("string").as("read_detail"))));
        case AUTO -> throw new IllegalStateException("format must be resolved per file");
      }
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (!jsonLines.isEmpty()) parts.add(JsonLinesReader.read(context, jsonLines));
    if (!jsonDocuments.isEmpty()) parts.add(JsonDocumentReader.read(context, jsonDocuments));
    if (!csv.isEmpty()) parts.addAll(CsvReader.read(spark, csv));
    // One union, made once: a union of Datasets grown file by file is analysed again at every step.
    @SuppressWarnings("unchecked")
    JavaRDD<Row> all = parts.isEmpty() ? context.emptyRDD() : context.union(parts.toArray(JavaRDD[]::new));
    // Each small file is a partition of its own; packed into partitions of up to Spark's split size, a
    // thousand small files are not a thousand tasks in every later step.
    long bytes = files.stream().mapToLong(RunLog.InputFile::sizeBytes).sum();
    long splitBytes = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
    int packed = (int) Math.max(context.defaultParallelism(), Math.min(Integer.MAX_VALUE, bytes / splitBytes + 1));
    if (all.getNumPartitions() > packed) all = all.coalesce(packed);
    return spark.createDataFrame(all, IngestTransform.RAW_SCHEMA);
  }

  /** Numbers a Parquet file's records from 1 in the order Spark reads them. */
  private static JavaRDD<Row> numbered(String file, Dataset<Row> rawAndError) {
    return rawAndError.javaRDD().zipWithIndex()
        .map(t -> RowFactory.create(file, t._2() + 1, t._1().getString(0), t._1().getString(1),
            t._1().getString(2)));
  }
}
