package io.trustwatch.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.NoMemoryFileSystem;
import io.trustwatch.SparkTestSession;
import io.trustwatch.lakehouse.Lakehouse;
import io.trustwatch.lakehouse.Table;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIT {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = SparkTestSession.get();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(IngestIT.class.getResource("/IngestIT/" + name).toURI());
  }

  private IngestJob.IngestSummary ingest(Lakehouse lakehouse, Path... inputs) throws IOException {
    List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
    return new IngestJob(spark, lakehouse).run(paths, InputFormat.AUTO, "test-run", NOW);
  }

  /** post_id (or file:record for records without one) -> quarantine reason. */
  private static Map<String, String> reasons(Lakehouse lakehouse) {
    Map<String, String> out = new HashMap<>();
    for (Row r : lakehouse.read(spark, Table.BRONZE_QUARANTINE).collectAsList()) {
      out.put(r.getAs("record_no").toString(), r.getAs("reason"));
    }
    return out;
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReasonAndLine() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, fixture("posts.jsonl"));

    assertEquals(13, s.rowsRead(), "the blank line is not a record");
    Map<String, String> reasons = reasons(lakehouse);
    assertEquals("empty_text", reasons.get("3"));
    assertEquals("empty_text", reasons.get("4"));
    assertEquals("bad_timestamp", reasons.get("5"));
    assertEquals("future_timestamp", reasons.get("6"));
    assertEquals("rating_out_of_range", reasons.get("7"));
    assertEquals("missing_post_id", reasons.get("8"));
    assertEquals("missing_source", reasons.get("9"));
    assertEquals("malformed_json", reasons.get("10"));
    assertEquals("duplicate_in_batch", reasons.get("11"), "the earlier of two edits loses");
    assertEquals(9, reasons.size());
    assertEquals(9, s.quarantined());

    Row raw = lakehouse.read(spark, Table.BRONZE_QUARANTINE).filter("record_no = 10").first();
    assertTrue(raw.<String>getAs("raw").contains("unterminated"), "the raw record is kept");
    assertTrue(raw.<String>getAs("source_file").endsWith("posts.jsonl"));

    List<Row> posts = lakehouse.read(spark, Table.BRONZE_POSTS).orderBy("source", "post_id").collectAsList();
    assertEquals(4, posts.size());
    assertEquals(4, s.inserted());
    Row dup = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'dup' AND source = 'twitter'").first();
    assertEquals("edited version", dup.getAs("text"));
    Row extra = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'ok-2'").first();
    assertEquals("{\"mood\":\"happy\"}", extra.getAs("extra"), "unknown fields are kept");
  }

  @Test
  void reIngestingAddsNothingAndAChangedPostUpdatesItsRow() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    Path file = tmp.resolve("in/posts.jsonl");
    Files.createDirectories(file.getParent());
    Files.copy(fixture("posts.jsonl"), file);
    ingest(lakehouse, file);
    long posts = lakehouse.count(spark, Table.BRONZE_POSTS);
    long quarantined = lakehouse.count(spark, Table.BRONZE_QUARANTINE);

    // Touched, so it is read again rather than skipped as read before.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    IngestJob.IngestSummary again = ingest(lakehouse, file);
    assertEquals(1, again.files().size());
    assertEquals(0, again.inserted());
    assertEquals(0, again.updated());
    assertEquals(posts, lakehouse.count(spark, Table.BRONZE_POSTS));
    assertEquals(quarantined, lakehouse.count(spark, Table.BRONZE_QUARANTINE));

    Path edit = tmp.resolve("edit.jsonl");
    Files.writeString(edit, "{\"post_id\":\"ok-1\",\"source\":\"app_store\",\"text\":\"Nobody answers. Still!\","
        + "\"created_at\":\"2026-03-02T10:00:00Z\",\"customer_id\":\"c1\",\"rating\":1}\n");
    IngestJob.IngestSummary changed = ingest(lakehouse, edit);
    assertEquals(1, changed.updated());
    assertEquals(posts, lakehouse.count(spark, Table.BRONZE_POSTS));
    Row row = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'ok-1'").first();
    assertEquals("Nobody answers. Still!", row.getAs("text"));
  }

  @Test
  void aFileReadBeforeIsSkippedWhileItsSizeAndModificationTimeStayTheSame() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    Path landing = Files.createDirectories(tmp.resolve("landing"));
    Path week1 = Files.copy(fixture("posts.jsonl"), landing.resolve("week-1.jsonl"));
    assertEquals(13, ingest(lakehouse, landing).rowsRead());

    Path week2 = Files.writeString(landing.resolve("week-2.jsonl"), post("w2-1"));
    IngestJob.IngestSummary second = ingest(lakehouse, landing);
    assertEquals(List.of("week-2.jsonl"), names(second.files()));
    assertEquals(1, second.filesSkipped());
    assertEquals(List.of(1L, 1L), List.of(second.rowsRead(), second.inserted()));

    Files.writeString(week1, post("w1-late"), StandardOpenOption.APPEND);
    IngestJob.IngestSummary third = ingest(lakehouse, landing);
    assertEquals(List.of("week-1.jsonl"), names(third.files()), "a file that grew is read again, whole");
    assertEquals(List.of(14L, 1L), List.of(third.rowsRead(), third.inserted()));

    Files.setLastModifiedTime(week2, FileTime.from(Instant.now().plusSeconds(60)));
    assertEquals(List.of("week-2.jsonl"), names(ingest(lakehouse, landing).files()), "so is a touched one");

    IngestJob.IngestSummary none = ingest(lakehouse, landing);
    assertEquals(List.of(), none.files());
    assertEquals(2, none.filesSkipped());
    Row record = lakehouse.read(spark, Table.OPS_RUN_LOG).orderBy(org.apache.spark.sql.functions.col("started_at").desc())
        .first();
    assertEquals("2 file(s) skipped: read before at the same size and modification time; no input records",
        record.getAs("message"));

    deleteTree(Path.of(lakehouse.path(Table.BRONZE_POSTS)));
    assertEquals(2, ingest(lakehouse, landing).files().size(), "with bronze gone, every file is read again");
  }

  @Test
  void manySmallFilesAreReadTogetherEachNumberedFromItsFirstLine() throws Exception {
    Path landing = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 200; i++) {
      Files.writeString(landing.resolve(String.format("day-%03d.jsonl", i)), post("d" + i) + "\n{not json\n");
    }
    // One large file too, which Hadoop reads in several splits: numbering goes on across them.
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 20_000; i++) big.append(post("big-" + i));
    Files.writeString(landing.resolve("big.jsonl"), big + "{not json either\n");
    InputReader reader = new InputReader(spark);
    Dataset<Row> raw = reader.read(reader.list(List.of(landing.toString())), InputFormat.AUTO);
    assertTrue(raw.rdd().getNumPartitions() <= 2 * spark.sparkContext().defaultParallelism(),
        "small files packed: " + raw.rdd().getNumPartitions() + " partitions");

    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, landing);
    assertEquals(20_200, s.inserted());
    Map<String, Long> badLines = quarantinedRecordByFileName(lakehouse);
    assertEquals(201, badLines.size());
    assertEquals(3L, badLines.get("day-007.jsonl"), "after the post and the blank line");
    assertEquals(20_001L, badLines.get("big.jsonl"));
  }

  @Test
  void csvFilesAreReadTogetherPerHeaderEachUnderItsOwnColumnNames() throws Exception {
    Path landing = Files.createDirectories(tmp.resolve("csv"));
    for (int i = 0; i < 60; i++) {
      Files.writeString(landing.resolve(String.format("export %02d.csv", i)), "post_id,source,text,created_at\n"
          + "a" + i + ",survey,\"fine,\nreally\",2026-03-02\n"
          + "b" + i + ",survey,,2026-03-02\n");
    }
    // Another export's column order: read by position under the first header, its text would become the source.
    Files.writeString(landing.resolve("other.csv"), "text,created_at,source,post_id\n"
        + "slow again,2026-03-03,app_store,o1\n"
        + ",2026-03-03,app_store,o2\n"
        + "fine,2026-03-03,app_store,o3\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, landing);
    assertEquals(62, s.inserted());
    Row other = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'o1'").first();
    assertEquals("app_store", other.getAs("source"));
    assertEquals("slow again", other.getAs("text"));
    assertEquals("fine,\nreally",
        lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'a7'").first().getAs("text"));
    Map<String, Long> badRecords = quarantinedRecordByFileName(lakehouse);
    assertEquals(61, badRecords.size());
    assertEquals(2L, badRecords.get("export 07.csv"), "the second record, after one spanning two lines");
    assertEquals(2L, badRecords.get("other.csv"));
    List<String> listed = new InputReader(spark).expand(List.of(landing.toString()));
    for (Row r : lakehouse.read(spark, Table.BRONZE_POSTS).select("source_file").distinct().collectAsList()) {
      assertTrue(listed.contains(r.getString(0)), "named as listed, not as a URI: " + r.getString(0));
    }
  }

  /**
   * Spark takes a CSV file's first line that is not blank as its header: files whose headers differ after
   * blank lines are still read apart, and a file with no header at all (empty, blank lines only) has no
   * records, where Spark would refuse to read a CSV without columns and fail the run.
   */
  @Test
  void csvFilesWithoutRecordsAddNoneAndBlankLinesBeforeAHeaderAreSkipped() throws Exception {
    Path landing = Files.createDirectories(tmp.resolve("csv-sparse"));
    Files.writeString(landing.resolve("empty.csv"), "");
    Files.writeString(landing.resolve("blank.csv"), "\n   \n");
    Files.writeString(landing.resolve("header-only.csv"), "post_id,source,text,created_at\n");
    Files.writeString(landing.resolve("late-a.csv"), "\n\npost_id,source,text,created_at\nla,survey,hello,2026-03-02\n");
    Files.writeString(landing.resolve("late-b.csv"), "\ntext,created_at,source,post_id\nslow,2026-03-03,app_store,lb\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));

    IngestJob.IngestSummary s = ingest(lakehouse, landing);

    assertEquals(2, s.rowsRead());
    assertEquals(2, s.inserted());
    Row b = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'lb'").first();
    assertEquals("app_store", b.getAs("source"));
    assertEquals("slow", b.getAs("text"));
    assertEquals("hello", lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'la'").first().getAs("text"));
  }

  /** The record number of the quarantined record of each file (one per file), by the file's name. */
  private static Map<String, Long> quarantinedRecordByFileName(Lakehouse lakehouse) {
    Map<String, Long> records = new HashMap<>();
    for (Row r : lakehouse.read(spark, Table.BRONZE_QUARANTINE).collectAsList()) {
      String file = r.getAs("source_file");
      records.put(file.substring(file.lastIndexOf('/') + 1), r.getAs("record_no"));
    }
    return records;
  }

  private static String post(String id) {
    return "{\"post_id\":\"" + id + "\",\"source\":\"s\",\"text\":\"fine\",\"created_at\":\"2026-03-02\"}\n";
  }

  private static List<String> names(List<String> files) {
    return files.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @Test
  void csvWithEmbeddedNewlinesQuotesAndExtraColumns() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, fixture("posts.csv"));
    assertEquals(3, s.rowsRead());
    Row csv1 = lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'csv-1'").first();
    assertEquals("He said \"we will call you back\"\nand never did.", csv1.getAs("text"));
    assertEquals(1, (int) csv1.<Integer>getAs("rating"));
    assertEquals("{\"loyalty_tier\":\"gold\"}", csv1.getAs("extra"));
    assertEquals(Map.of("missing_text", 1L), s.quarantinedByReason(), "CSV has no empty string: an empty cell is absent");
  }

  @Test
  void invalidUtf8BytesAreQuarantined() throws Exception {
    Path file = tmp.resolve("latin1.jsonl");
    byte[] good = "{\"post_id\":\"u1\",\"source\":\"s\",\"text\":\"fine\",\"created_at\":\"2026-03-02\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"post_id\":\"u2\",\"source\":\"s\",\"text\":\"caf\u00e9\",\"created_at\":\"2026-03-02\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(good, bad));
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, file);
    assertEquals(1, s.inserted());
    assertEquals(Map.of("invalid_encoding", 1L), s.quarantinedByReason());
  }

  @Test
  void overlongTextIsStoredTruncatedAndFlagged() throws Exception {
    Path file = tmp.resolve("long.jsonl");
    String text = "a".repeat(60_000);
    Files.writeString(file, "{\"post_id\":\"long\",\"source\":\"s\",\"text\":\"" + text + "\",\"created_at\":\"2026-03-02\"}\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    ingest(lakehouse, file);
    Row row = lakehouse.read(spark, Table.BRONZE_POSTS).first();
    assertEquals(PostParser.MAX_TEXT_CHARS, row.<String>getAs("text").length());
    assertTrue(row.<Boolean>getAs("text_truncated"));
    assertEquals(60_000, (int) row.<Integer>getAs("text_length"));
  }

  @Test
  void gzipAndBzip2FilesAreDecompressedAndTheirRecordsNumbered() throws Exception {
    String ok = "{\"post_id\":\"gz-1\",\"source\":\"s\",\"text\":\"fine\",\"created_at\":\"2026-03-02\"}\n";
    String bad = "{\"post_id\":\"gz-2\",\"source\":\"s\",\"text\":\" \",\"created_at\":\"2026-03-02\"}\n";
    Path jsonl = compressed(tmp.resolve("posts.jsonl.gz"), ok + "\n" + bad);
    Path csv = compressed(tmp.resolve("posts.csv.bz2"),
        "post_id,source,text,created_at\nbz-1,s,\"two\nlines\",2026-03-03\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, jsonl, csv);
    assertEquals(2, s.inserted());
    assertEquals(Map.of("3", "empty_text"), reasons(lakehouse), "line numbers count the decompressed lines");
    assertEquals("two\nlines", lakehouse.read(spark, Table.BRONZE_POSTS).filter("post_id = 'bz-1'").first().getAs("text"));
  }

  @Test
  void aDamagedCompressedFileFailsTheCommandWithALineNamingItAndAFailedRecord() throws Exception {
    Path whole = compressed(tmp.resolve("whole.jsonl.gz"), Files.readString(fixture("posts.jsonl")).repeat(20));
    byte[] bytes = Files.readAllBytes(whole);
    Path damaged = Files.write(tmp.resolve("damaged.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = io.trustwatch.cli.TrustwatchCli.execute(new String[] {"ingest", "--input", damaged.toString(),
        "--lakehouse", tmp.resolve("lh").toString()},
        new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
    assertEquals(1, exit);
    List<String> lines = err.toString().strip().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).matches("trustwatch: error: cannot read file:/+" + java.util.regex.Pattern.quote(
        damaged.toString().substring(1)) + ": EOFException: Unexpected end of input stream"), lines.get(0));
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    assertFalse(lakehouse.exists(spark, Table.BRONZE_POSTS), "no half-read file is ingested");
    Row log = lakehouse.read(spark, Table.OPS_RUN_LOG).first();
    assertEquals(List.of("ingest", "failed"), List.of(log.getAs("stage"), log.getAs("status")));
    assertTrue(log.<String>getAs("message").startsWith("SparkException: "), log.<String>getAs("message"));
    assertTrue(log.<String>getAs("message").contains("cannot read file:" + damaged), "the record names the file too");
  }

  @Test
  void aJsonFileHoldingAnArrayGivesOneRecordPerElementAndQuarantinesWhereItBreaks() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, fixture("posts-array.json"));
    assertEquals(3, s.rowsRead());
    assertEquals(1, s.inserted());
    assertEquals(Map.of("2", "empty_text", "3", "malformed_json"), reasons(lakehouse));
    Row post = lakehouse.read(spark, Table.BRONZE_POSTS).first();
    assertEquals(List.of("arr-1", 1), List.of(post.getAs("post_id"), post.getAs("rating")));
    Row broken = lakehouse.read(spark, Table.BRONZE_QUARANTINE).filter("record_no = 3").first();
    assertTrue(broken.<String>getAs("raw").contains("Cut off mid-export"), "the broken element is kept in quarantine: "
        + broken);
    assertEquals("the JSON array stops parsing at line 5, column 1, after 2 whole elements: Unexpected end-of-input "
        + "within/between Object entries", broken.getAs("detail"), "where the file breaks (its end), and why");
  }

  @Test
  void filesStartingWithAByteOrderMarkAreReadAsWithout() throws Exception {
    // Windows tools (Excel's "CSV UTF-8", PowerShell 5's Out-File) start UTF-8 files with one.
    Path landing = Files.createDirectories(tmp.resolve("bom"));
    Files.writeString(landing.resolve("posts.jsonl"), "\uFEFF{\"post_id\":\"j-1\",\"source\":\"s\",\"text\":\"one\","
        + "\"created_at\":\"2026-03-02\"}\n");
    Files.writeString(landing.resolve("posts.csv"), "\uFEFFpost_id,source,text,created_at\nc-1,s,two,2026-03-02\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, landing);
    assertEquals(Map.of(), reasons(lakehouse));
    assertEquals(2, s.inserted());
  }

  @Test
  void aLineOfSpacesBeforeTheCsvHeaderIsNoRecord() throws Exception {
    // Spark's multi-line CSV reader takes it as the header, and the header line then came as record 1.
    Path landing = Files.createDirectories(tmp.resolve("spaces"));
    Files.writeString(landing.resolve("a.csv"), "   \npost_id,source,text,created_at\na-1,s,one,2026-03-02\n"
        + "a-2,s,two,2026-03-02\n");
    Files.writeString(landing.resolve("b.csv"), "post_id,source,text,created_at\nb-1,s,three,2026-03-02\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, landing);
    assertEquals(Map.of(), reasons(lakehouse));
    assertEquals(3, s.inserted());
    assertEquals(List.of("a-1 1", "a-2 2", "b-1 1"), lakehouse.read(spark, Table.BRONZE_POSTS).orderBy("post_id")
        .collectAsList().stream().map(r -> r.getAs("post_id") + " " + r.getAs("record_no")).toList(),
        "records are numbered from the first after the header");
  }

  @Test
  void aCommandOutOfMemoryLeavesAFailedRecord() {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("out-of-memory"));
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> io.trustwatch.cli.TrustwatchCli.execute(
        new String[] {"ingest", "--input", NoMemoryFileSystem.install(spark, "posts.jsonl"),
            "--lakehouse", lakehouse.root().toString()},
        new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(new java.io.StringWriter(), true)));
    Row log = lakehouse.read(spark, Table.OPS_RUN_LOG).first();
    assertEquals(List.of("ingest", "failed", "OutOfMemoryError: " + thrown.getMessage()),
        List.of(log.getAs("stage"), log.getAs("status"), log.getAs("message")));
  }

  /** Writes {@code text} compressed with the Hadoop codec the file name's suffix names, as the reader will pick it. */
  private static Path compressed(Path file, String text) throws IOException {
    CompressionCodec codec = new CompressionCodecFactory(spark.sparkContext().hadoopConfiguration())
        .getCodec(new org.apache.hadoop.fs.Path(file.toString()));
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void cleanInputStillCreatesAnEmptyQuarantineTable() throws Exception {
    Path file = Files.writeString(tmp.resolve("clean.jsonl"),
        "{\"post_id\":\"c1\",\"source\":\"s\",\"text\":\"fine\",\"created_at\":\"2026-03-02\"}\n");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    ingest(lakehouse, file);
    assertTrue(lakehouse.exists(spark, Table.BRONZE_QUARANTINE), "queries over it work on clean input too");
    assertEquals(0, lakehouse.count(spark, Table.BRONZE_QUARANTINE));
  }

  @Test
  void parquetFoldersAndGlobsAreRead() throws Exception {
    Path parquet = tmp.resolve("pq");
    spark.read().json(fixture("posts.jsonl").toString()).filter("post_id LIKE 'ok-%'")
        .select("post_id", "source", "text", "created_at", "customer_id")
        .write().parquet(parquet.toString());
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = new IngestJob(spark, lakehouse)
        .run(List.of(parquet + "/*.parquet"), InputFormat.AUTO, "test-run", NOW);
    assertEquals(2, s.rowsRead());
    assertEquals(2, s.inserted());
  }

  @Test
  void aNamedUnderscoreFolderIsReadButMarkerFilesInsideAreSkipped() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("_incoming"));
    Files.copy(fixture("posts.jsonl"), folder.resolve("posts.jsonl"));
    Files.writeString(folder.resolve("_SUCCESS"), "not a record\n");
    Files.writeString(folder.resolve(".posts.jsonl.crc"), "not a record\n");
    IngestJob.IngestSummary s = ingest(new Lakehouse(tmp.resolve("lh")), folder);
    assertEquals(1, s.files().size(), s.files().toString());
    assertTrue(s.files().get(0).endsWith("/_incoming/posts.jsonl"), s.files().get(0));
    assertEquals(13, s.rowsRead());
  }

  @Test
  void emptyInputSucceedsAndWritesNothing() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    IngestJob.IngestSummary s = ingest(lakehouse, empty);
    assertEquals(0, s.rowsRead());
    assertFalse(lakehouse.exists(spark, Table.BRONZE_POSTS));
    assertEquals(1, lakehouse.count(spark, Table.OPS_RUN_LOG), "the run is still logged");
  }

  @Test
  void missingInputPathIsReportedNotIgnored() {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    assertThrows(FileNotFoundException.class, () -> ingest(lakehouse, tmp.resolve("nope.jsonl")));
  }

  @Test
  void theCliReportsAMissingInputAsAUsageErrorNamingTheOption() {
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = io.trustwatch.cli.TrustwatchCli.execute(new String[] {"ingest", "--input",
        tmp.resolve("nope.jsonl").toString(), "--lakehouse", tmp.resolve("lh").toString()},
        new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
    assertEquals(2, exit);
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("--input: no such file or directory"), err.toString());
  }

  @Test
  void eachRunAppendsToTheRunLog() throws Exception {
    Lakehouse lakehouse = new Lakehouse(tmp.resolve("lh"));
    ingest(lakehouse, fixture("posts.jsonl"));
    Row log = lakehouse.read(spark, Table.OPS_RUN_LOG).first();
    assertEquals("ingest", log.getAs("stage"));
    assertEquals("success", log.getAs("status"));
    assertEquals(13L, (long) log.<Long>getAs("rows_read"));
    assertEquals(9L, (long) log.<Long>getAs("rows_quarantined"));
    assertEquals(2L, (long) log.<scala.collection.Map<String, Long>>getAs("quarantined_by_reason").apply("empty_text"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
