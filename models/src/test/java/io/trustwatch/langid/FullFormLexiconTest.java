package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FullFormLexiconTest {

  private static final FullFormLexicon RUSSIAN = FullFormLexicon.russian();

  @ParameterizedTest
  @ValueSource(strings = {
      "книгами", "говорили", "обслуживания", "переводом", "банке", // inflected forms, not only lemmas
      "москва", // a name the dictionary keeps capitalised, looked up lower-cased
      "ещё"})
  void russianFormsAreInTheLexicon(String word) {
    assertTrue(RUSSIAN.contains(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "градът", "които", "хората", "обслужването", // Bulgarian: definite article suffixes, its own words
      "їжак", "відповідь", // Ukrainian letters the dictionary's code page cannot write
      "книгамм"}) // a typo is not a form either
  void nonRussianWordsAreNot(String word) {
    assertFalse(RUSSIAN.contains(word), word);
  }

  @Test
  void looksUpOnlyWordsOfItsScript() {
    assertTrue(RUSSIAN.writes("банк"));
    assertFalse(RUSSIAN.writes("bank"));
    assertFalse(RUSSIAN.writes("بنك"));
    assertFalse(RUSSIAN.contains(""));
  }
}
