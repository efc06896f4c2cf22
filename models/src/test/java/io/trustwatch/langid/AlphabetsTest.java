package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class AlphabetsTest {

  @Test
  void lettersOutsideAnAlphabetAreCounted() {
    TextEvidence ukrainian = TextEvidence.of("їжак і єнот");
    assertEquals(3, Alphabets.foreignLetters("ru", ukrainian, UnicodeScript.CYRILLIC));
    assertEquals(0, Alphabets.foreignLetters("uk", ukrainian, UnicodeScript.CYRILLIC));
    assertEquals(3, Alphabets.foreignLetters("tr", TextEvidence.of("həll qəbul"), UnicodeScript.LATIN)); // ə, ə, q
    assertEquals(0, Alphabets.foreignLetters("xx", ukrainian, UnicodeScript.CYRILLIC));
  }

  @Test
  void arabicYehAndKafCountAsAThirdOfAForeignLetterInPersianAndUrdu() {
    // Persian or Urdu typed on an Arabic layout: ي ك ة for ی ک ه; إ is not Persian or Urdu spelling at all.
    assertEquals(1.0, Alphabets.foreignLetters("fa", TextEvidence.of("يكة"), UnicodeScript.ARABIC), 1e-12);
    assertEquals(1.0, Alphabets.foreignLetters("ur", TextEvidence.of("يكة"), UnicodeScript.ARABIC), 1e-12);
    assertEquals(0.0, Alphabets.foreignLetters("ar", TextEvidence.of("يكة"), UnicodeScript.ARABIC));
    assertFalse(Alphabets.isForeign("fa", 'ي'));
    assertTrue(Alphabets.isForeign("fa", 'إ'));
    assertTrue(Alphabets.isForeign("ur", 'أ'));
    assertFalse(Alphabets.isForeign("ar", 'إ'));
  }

  @Test
  void missingMarkerLettersLowerTheLikelihoodWithLength() {
    double shortText = Alphabets.missingMarkersLogLikelihood("uk", TextEvidence.of("на дому"), UnicodeScript.CYRILLIC);
    double longText = Alphabets.missingMarkersLogLikelihood("uk",
        TextEvidence.of("на дому было тепло и светло"), UnicodeScript.CYRILLIC);
    assertTrue(longText < shortText && shortText < 0);
    assertEquals(0.0, Alphabets.missingMarkersLogLikelihood("uk", TextEvidence.of("він"), UnicodeScript.CYRILLIC));
  }

  @Test
  void scriptsAndSpelling() {
    assertTrue(Alphabets.writes("fa", UnicodeScript.ARABIC));
    assertFalse(Alphabets.writes("ru", UnicodeScript.LATIN));
    assertTrue(Alphabets.writes("en", UnicodeScript.LATIN));
    assertTrue(Alphabets.spells("az", "qəhvə"));
    assertFalse(Alphabets.spells("tr", "qəhvə"));
  }
}
