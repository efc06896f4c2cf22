package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class TextEvidenceTest {

  @Test
  void keepsOnlyLowerCasedWords() {
    TextEvidence e = TextEvidence.of("@Bob https://x.co/a?b=1 www.shop.com #WorstService 😡 called 3 times!!!");
    assertEquals("worstservice called times", e.letters());
    assertEquals(23, e.letterCount());
  }

  @Test
  void dropsTatweelButKeepsArabicDiacritics() {
    TextEvidence e = TextEvidence.of("جـــدا مُمتاز");
    assertEquals("جدا مُمتاز", e.letters());
    assertEquals(8, e.letterCount());
  }

  @Test
  void dominantScriptIsTheOneWithMostLetters() {
    TextEvidence e = TextEvidence.of("iPhone ما يشتغل من أمس");
    assertEquals(UnicodeScript.ARABIC, e.dominantScript());
    assertEquals(6, e.letterCount(UnicodeScript.LATIN));
    assertEquals(UnicodeScript.UNKNOWN, TextEvidence.of("123 😀").dominantScript());
  }

  @Test
  void countsDistinctLetters() {
    TextEvidence e = TextEvidence.of("Abba");
    assertArrayEquals(new int[] {'a', 'b'}, e.distinctLetters());
    assertArrayEquals(new int[] {2, 2}, e.letterFrequencies());
  }
}
