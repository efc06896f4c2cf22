package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangIdSampleReaderTest {

  @TempDir
  Path dir;

  @Test
  void readsTextLangAndKind() throws IOException {
    Path tsv = write("text\tlang\tkind\nhello there\ten\tword_pair\nСлово\tru\tsingle_word\n\nA sentence.\ten\tsentence\n");
    List<LangIdSample> samples = LangIdSampleReader.read(tsv);
    assertEquals(List.of(
        new LangIdSample("hello there", "en", LangIdSample.Kind.WORD_PAIR),
        new LangIdSample("Слово", "ru", LangIdSample.Kind.SINGLE_WORD),
        new LangIdSample("A sentence.", "en", LangIdSample.Kind.SENTENCE)), samples);
  }

  @Test
  void rejectsAWrongHeaderAnUnknownKindAndMissingColumns() throws IOException {
    assertThrows(IOException.class, () -> LangIdSampleReader.read(write("text\tlabel\nhi\ten\n")));
    assertThrows(IOException.class, () -> LangIdSampleReader.read(write("text\tlang\tkind\nhi\ten\tparagraph\n")));
    assertThrows(IOException.class, () -> LangIdSampleReader.read(write("text\tlang\tkind\nhi\ten\n")));
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "samples", ".tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
