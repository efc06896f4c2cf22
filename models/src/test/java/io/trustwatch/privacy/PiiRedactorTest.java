package io.trustwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiRedactorTest {

  private static final PiiRedactor REDACTOR = new PiiRedactor();

  @ParameterizedTest(name = "{0}")
  @MethodSource("redactedCases")
  void replacesEachValueWithItsPlaceholderAndKeepsTheRest(String input, String expected) {
    Redaction redaction = REDACTOR.redact(input);
    assertEquals(expected, redaction.text());
    for (PiiKind kind : PiiKind.values()) {
      assertEquals(occurrences(expected, kind.placeholder()), redaction.count(kind), kind.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("untouchedCases")
  void leavesPricesDatesOrderNumbersAndShortNumbersAlone(String input) {
    Redaction redaction = REDACTOR.redact(input);
    assertEquals(input, redaction.text());
    assertEquals(0, redaction.total());
  }

  @Test
  void countsEveryValueOfEveryKind() {
    Redaction redaction = REDACTOR.redact(
        "a@b.io, c@d.io, 4111 1111 1111 1111, +90 532 123 45 67, 0501234567, GB82WEST12345698765432");
    assertEquals(2, redaction.count(PiiKind.EMAIL));
    assertEquals(1, redaction.count(PiiKind.CARD));
    assertEquals(2, redaction.count(PiiKind.PHONE));
    assertEquals(1, redaction.count(PiiKind.IBAN));
    assertEquals(6, redaction.total());
  }

  @Test
  void textWithoutPersonalDataIsReturnedAsIs() {
    String text = "Nobody answers the phone, third call this week 😡";
    Redaction redaction = REDACTOR.redact(text);
    assertEquals(text, redaction.text());
    assertEquals(0, redaction.total());
  }

  @Test
  void nullAndEmptyTextAreAllowed() {
    assertNull(REDACTOR.redact(null).text());
    assertEquals("", REDACTOR.redact("").text());
    assertEquals(0, REDACTOR.redact(null).total());
  }

  @Test
  void anEmailAddressIsNotAlsoCountedAsAPhone() {
    Redaction redaction = REDACTOR.redact("write to 05321234567@operator.com.tr");
    assertEquals("write to <EMAIL>", redaction.text());
    assertEquals(0, redaction.count(PiiKind.PHONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("longRepetitiveTexts")
  void longRepetitiveTextDoesNotOverflowTheRegexEngine(String unit, String text) {
    assertEquals(text, REDACTOR.redact(text).text());
  }

  static Stream<Arguments> longRepetitiveTexts() {
    return Stream.of("1 ", "1-", "1.", "(1) ", "a-", "a.", "a1.", "AB12 ", "x@a-", "x.co/1 ", "4111 ")
        .map(unit -> Arguments.of(unit, unit.repeat(40_000 / unit.length())));
  }

  @Test
  void sharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
    List<String[]> cases = redactedCases().map(a -> new String[] {
        (String) a.get()[0], (String) a.get()[1]}).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String[] c : cases) {
          results.add(pool.submit(() -> REDACTOR.redact(c[0]).text().equals(c[1])));
        }
      }
      for (Future<Boolean> result : results) {
        assertEquals(true, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Stream<Arguments> redactedCases() {
    return fixtureLines("redacted.tsv").stream().map(line -> {
      String[] parts = line.split("\t", -1);
      return Arguments.of(parts[0], parts[1]);
    });
  }

  static Stream<String> untouchedCases() {
    return fixtureLines("untouched.txt").stream();
  }

  private static List<String> fixtureLines(String name) {
    String resource = "/PiiRedactorTest/" + name;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(PiiRedactorTest.class.getResourceAsStream(resource), resource),
        StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int occurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
