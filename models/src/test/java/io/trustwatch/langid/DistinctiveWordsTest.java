package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistinctiveWordsTest {

  @Test
  void wordsMarkOnlyTheirOwnLanguage() {
    assertTrue(DistinctiveWords.marks("ms", "kerana"));
    assertFalse(DistinctiveWords.marks("id", "kerana"));
    assertTrue(DistinctiveWords.marks("uk", "що"));
    assertFalse(DistinctiveWords.marks("ru", "що"));
    assertTrue(DistinctiveWords.marks("az", "deyil"));
    assertFalse(DistinctiveWords.marks("tr", "deyil"));
  }

  @Test
  void theArabicArticleMarksArabic() {
    assertTrue(DistinctiveWords.marks("ar", "المطعم"));
    assertTrue(DistinctiveWords.marks("ar", "والخدمة"));
    assertFalse(DistinctiveWords.marks("ar", "الم")); // too short to be article + word
    assertFalse(DistinctiveWords.marks("fa", "المطعم"));
    assertFalse(DistinctiveWords.marks("ar", "مطعم"));
    // After "and" + "with" (و + ب), and after "for" (ل + ال = لل).
    assertTrue(DistinctiveWords.marks("ar", "وبالتطبيق"));
    assertTrue(DistinctiveWords.marks("ar", "للمشتركين"));
    assertTrue(DistinctiveWords.marks("ar", "وللموظف"));
    assertFalse(DistinctiveWords.marks("ar", "للست")); // too short to be لل + word
    assertFalse(DistinctiveWords.marks("ar", "بلال"));
  }

  @Test
  void theJoinedConjunctionAndPrepositionMarkArabic() {
    assertTrue(DistinctiveWords.marks("ar", "وموظفين")); // "and employees"
    assertTrue(DistinctiveWords.marks("ar", "لحسابي")); // "for my account"
    assertFalse(DistinctiveWords.marks("ar", "ولد")); // too short
    assertFalse(DistinctiveWords.marks("fa", "وموظفين"));
  }
}
