package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicAffixesTest {

  @ParameterizedTest
  @CsvSource({
      "والمدرسة, مدرسة", // و + the article
      "بالحساب, حساب",
      "يدعمون, دعم", // imperfect verb: ي + stem + ون
      "حسابها, حساب", // object pronoun
      "موظفات, موظف", // feminine plural
      "سيرسلون, رسل", // future س + ي + ون
      "حساب, حساب"}) // the word itself
  void findsTheStemUnderTheAffixes(String word, String stem) {
    assertTrue(ArabicAffixes.anyStem(word, Set.of(stem)::contains), word + " -> " + stem);
  }

  @Test
  void leavesAtLeastThreeLetters() {
    assertFalse(ArabicAffixes.anyStem("بها", Set.of("ه", "ب")::contains));
  }

  @Test
  void splitsOnlyArabicScriptWords() {
    assertFalse(ArabicAffixes.anyStem("bank", Set.of("ank", "bank")::contains));
    assertFalse(ArabicAffixes.anyStem("", Set.of("")::contains));
  }

  @Test
  void aWordWithNoListedStemHasNone() {
    assertFalse(ArabicAffixes.anyStem("والمدرسة", Set.of("حساب")::contains));
  }
}
