package io.trustwatch.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentReaderTest {

  @TempDir Path tmp;

  /** Each record as "number|raw|read error". */
  private List<String> records(Path file) {
    List<String> out = new ArrayList<>();
    new JsonDocumentReader.Records(file.toString(), new Configuration())
        .forEachRemaining(r -> out.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3)));
    return out;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void anArrayGivesOneRecordPerElementNumberedByItsPlace() throws Exception {
    Path file = write("posts.json", "\uFEFF\n  [\n  {\"post_id\": \"a\", \"rating\": 4.0},\n  {\"post_id\": \"b\"},\n"
        + "  5, null\n]\n");
    assertEquals(List.of("1|{\"post_id\":\"a\",\"rating\":4.0}|null", "2|{\"post_id\":\"b\"}|null", "3|5|null",
        "4|null|null"), records(file), "elements that are no object are records too: the parser quarantines them");
  }

  @Test
  void aMinifiedArrayOnOneLineIsNumberedByElementNotLine() throws Exception {
    assertEquals(List.of("1|{\"id\":1}|null", "2|{\"id\":2}|null"), records(write("one-line.json", "[{\"id\":1},{\"id\":2}]")));
  }

  @Test
  void aFileThatIsNoArrayIsReadAsJsonLinesCountingTheBlankLinesBefore() throws Exception {
    Path file = write("lines.json", "\n\n{\"id\":1}\n\n  {\"id\":2}\n");
    assertEquals(List.of("3|{\"id\":1}|null", "5|  {\"id\":2}|null"), records(file));
  }

  @Test
  void whereTheArrayBreaksTheRestOfTheFileIsOneMalformedRecord() throws Exception {
    Path file = write("broken.json", "[{\"id\":1}, {\"id\": ]\n, {\"id\":3}]");
    assertEquals(List.of("1|{\"id\":1}|null", "2|, {\"id\": ]\n, {\"id\":3}]|malformed_json"), records(file),
        "nothing after the last whole element is taken as a post, and none of it is dropped");
    assertEquals(List.of("1|{\"id\":1}|null", "2|]\n[{\"id\":2}]|malformed_json"),
        records(write("two-arrays.json", "[{\"id\":1}]\n[{\"id\":2}]")));
    assertEquals(List.of("1|{\"id\":1}|null", "2|,|malformed_json"), records(write("unclosed.json", "[{\"id\":1},")));
    assertEquals(List.of("1|[{\"id\" 1}]|malformed_json"), records(write("first-broken.json", "  [{\"id\" 1}]")));
  }

  @Test
  void theMalformedRecordSaysWhereInTheFileTheArrayStopsParsingAndWhy() throws Exception {
    assertEquals(List.of("the JSON array stops parsing at line 1, column 19, after 1 whole element: Unexpected "
        + "character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', "
        + "'true' or 'false')"),
        details(write("broken.json", "[{\"id\":1}, {\"id\": ]\n, {\"id\":3}]")));
    assertEquals(List.of("the JSON array stops parsing at line 3, column 14, after 1 whole element: Unrecognized "
        + "token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        details(write("after-blank-lines.json", "\uFEFF\n\n  [{\"id\":1}, x]")),
        "lines and columns count from the file's start, the blank lines and indent before the [ included");
    assertEquals(List.of("the JSON array stops parsing at line 2, column 1, after 1 whole element: Unexpected "
        + "end-of-input within/between Array entries"), details(write("unclosed.json", "[{\"id\":1},\n")));
    assertEquals(List.of("the JSON array stops parsing at line 2, column 1, after 1 whole element: text after the "
        + "end of the array"), details(write("two-arrays.json", "[{\"id\":1}]\n[{\"id\":2}]")));
  }

  /** The read detail of each record that has one. */
  private List<String> details(Path file) {
    List<String> out = new ArrayList<>();
    new JsonDocumentReader.Records(file.toString(), new Configuration())
        .forEachRemaining(r -> { if (!r.isNullAt(4)) out.add(r.getString(4)); });
    return out;
  }

  @Test
  void emptyArraysAndFilesGiveNoRecords() throws Exception {
    assertEquals(List.of(), records(write("empty-array.json", " [ ] \n")));
    assertEquals(List.of(), records(write("empty.json", "")));
    assertEquals(List.of(), records(write("blank.json", "\n  \n")));
  }

  @Test
  void aCompressedArrayIsDecompressedBySuffix() throws Exception {
    Path file = tmp.resolve("posts.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("[{\"id\":\"ü\"}]".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of("1|{\"id\":\"ü\"}|null"), records(file));
  }

  @Test
  void aDamagedCompressedFileFailsNamingIt() throws Exception {
    Path whole = tmp.resolve("whole.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write("[{\"id\":1}, {\"id\":2}]".getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path damaged = Files.write(tmp.resolve("damaged.json.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> records(damaged));
    assertEquals(damaged.toString(), e.path());
  }
}
