package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageDetectorTest {

  private static final OpenNlpLanguageDetector DETECTOR = new OpenNlpLanguageDetector();

  private static List<LangIdSample> fixture() throws Exception {
    return LangIdSampleReader.read(resource("sentences.tsv"));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(OpenNlpLanguageDetectorTest.class.getResource("/OpenNlpLanguageDetectorTest/" + name).toURI());
  }

  @Test
  void detectsEveryFixtureSentenceExceptTheMalayIndonesianPair() throws Exception {
    for (LangIdSample s : fixture()) {
      String lang = DETECTOR.detect(s.text(), null).lang();
      if (s.lang().equals("ms")) {
        // Malay and Indonesian share most words; the detector leans to first-class Indonesian.
        assertTrue(Set.of("ms", "id").contains(lang), s.text() + " -> " + lang);
      } else {
        assertEquals(s.lang(), lang, s.text());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ніхто не відповідає | uk",
      "Никто не отвечает | ru",
      "Обіцяли повернути гроші | uk",
      "Обещали вернуть деньги | ru",
      "проблемът още не е решен | bg",
      "قول دادند پول را پس بدهند | fa",
      "کوئی بھی فون نہیں اٹھاتا | ur",
      "لا أحد يرد على الهاتف | ar",
      "problemim hələ həll olunmayıb | az",
      "sorunum hâlâ çözülmedi | tr"})
  void scriptAndAlphabetSeparateCloseNeighbours(String text, String lang) {
    assertEquals(lang, DETECTOR.detect(text, null).lang(), text);
  }

  @Test
  void strongEnglishTextIgnoresATurkishHint() {
    LanguageGuess guess = DETECTOR.detect("The customer service was terrible and nobody answered my emails", "tr");
    assertEquals("en", guess.lang());
    assertTrue(guess.confidence() > 0.9);
  }

  @Test
  void ambiguousShortTextFollowsTheHint() {
    // "banco" is a word in Spanish and Portuguese alike.
    assertEquals("pt", DETECTOR.detect("banco", "pt").lang());
    assertEquals("es", DETECTOR.detect("banco", "es").lang());
    LanguageGuess unhinted = DETECTOR.detect("banco", null);
    assertTrue(unhinted.confidence() < DETECTOR.detect("banco", unhinted.lang()).confidence());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Arabic typed on a Persian keyboard (ی/ک for ي/ك) with the article ال: no Persian-only letter.
      "الخدمة فی الفرع کانت بطیئة والموظفین ما ردوا علی الشکوی. | ar",
      "البنك ما رد علی رسالتی والموظف کان مشغول. | ar",
      // The same layout letters with Persian-only letters (گ, پ) stay Persian.
      "گفتم که پول را پس بدهند | fa"})
  void arabicTypedOnAPersianKeyboardIsArabic(String text, String lang) {
    assertEquals(lang, DETECTOR.detect(text, null).lang(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // şikayetim, başvurum yapılmadı, doğru değil: Windows-1254 text read as Windows-1252.
      "þikayetim", "baþvurum yapýlmadý", "doðru deðil", "Þikayetim hâlâ çözülmedý"})
  void turkishDecodedAsWindows1252IsTurkish(String text) {
    assertEquals("tr", DETECTOR.detect(text, null).lang(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "يردون", // Arabic ي, not Persian/Urdu ی
      "وبالحساب", // "and with the account": و + ب + the article ال
      "الفاتورة", // the article and ة
      "فالموظف",
      "لحسابي", // "for my account": ل joined to the word
      "أرسلت"}) // "I sent": أ is not Persian or Urdu spelling
  void arabicWordsOfLettersPersianAlsoWritesAreArabic(String word) {
    assertEquals("ar", DETECTOR.detect(word, null).lang(), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"вернули", "переводом", "карточку"})
  void inflectedRussianFormsOnTheLongCommonWordsListAreRussian(String word) {
    assertTrue(CommonWords.bundled().isCommon("ru", word), word);
    assertEquals("ru", DETECTOR.detect(word, null).lang(), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"тарифами", "решением", "синего"})
  void russianCaseEndingsAreNotBulgarian(String word) {
    assertEquals("ru", DETECTOR.detect(word, null).lang(), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"часть населения", "вследствие ухудшения", "наука развивается", "обращались дважды"})
  void shortRussianTextsOfRussianFormsAreRussian(String text) {
    assertEquals("ru", DETECTOR.detect(text, null).lang(), text);
  }

  @ParameterizedTest
  @CsvSource({
      "които бяха, bg", // Bulgarian's distinctive words outweigh the prior for Russian
      "відповіді немає, uk", // a letter Russian does not write
      "اور, ur", // Urdu's distinctive "and"
      "است, fa",
      "wang, ms"})
  void hardEvidenceKeepsTheNeighbour(String text, String lang) {
    assertEquals(lang, DETECTOR.detect(text, null).lang(), text);
  }

  @Test
  void theHintKeepsANeighbourOnAWordBothWrite() {
    assertEquals("bg", DETECTOR.detect("два", "bg").lang());
    assertEquals("ru", DETECTOR.detect("два", null).lang());
  }

  @Test
  void thePriorWorksBetweenTheNeighbourAndItsPartnerOnly() {
    // Without Turkish among the candidates, Azerbaijani has no partner to yield to.
    OpenNlpLanguageDetector noTurkish = new OpenNlpLanguageDetector(Set.of("az", "pt", "es", "en"));
    assertEquals("az", noTurkish.detect("vermir", null).lang());
  }

  @Test
  void latinBrandNamesDoNotOutvoteTheArabicScript() {
    assertEquals("ar", DETECTOR.detect("حد جرب Qoro Bank وTarion؟ ايهم افضل؟", null).lang());
    assertEquals("ar", DETECTOR.detect("حد جرب Qoro Bank وTarion؟ ايهم افضل؟ 🙂", "ar").lang());
    assertEquals("ru", DETECTOR.detect("Кто-нибудь сравнивал Qoro Bank и Fennix? Что лучше?", "en").lang());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // No ы/э/ё and no Bulgarian word: nothing speaks against the Russian hint.
      "Все отлично, спасибо! | ru | ru",
      "Интерфейс простой, все под рукой. Кайф | ru | ru",
      // Indonesian slang that is not Malay either.
      "Chat jam 11 malem langsung dibales. Salut. | id | id",
      // The q and x are brand names; the rest is Turkish typed without its diacritics.
      "Qoro Bank ile Nexa arasinda kararsiz kaldim, fikri olan? | tr | tr",
      "احسن شركه تعاملت معاها بصراحه ❤️ | ar | ar",
      // Real evidence still overrules the hint: Bulgarian words, Ukrainian letters, a whole other language.
      "Това е много добре, че работи | ru | bg",
      "Ніхто не відповідає на дзвінки | ru | uk",
      "Wird jeden Monat schlechter, schade | en | de"})
  void aHintConsistentReadingWinsUnlessTheTextSpeaksAgainstIt(String text, String hint, String lang) {
    assertEquals(lang, DETECTOR.detect(text, hint).lang(), text + " [hint " + hint + "]");
  }

  @Test
  void localeTagHintsCountAsTheirLanguage() {
    assertEquals(DETECTOR.detect("banco", "pt"), DETECTOR.detect("banco", "pt-BR"));
    assertEquals(DETECTOR.detect("banco", "pt"), DETECTOR.detect("banco", " PT_br"));
    assertEquals(DETECTOR.detect("banco", "es"), DETECTOR.detect("banco", "ES"));
  }

  @Test
  void aHintOutsideTheCandidatesChangesNothing() {
    assertEquals(DETECTOR.detect("banco", null), DETECTOR.detect("banco", "xx"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "😀😀👍", "12345 678", "a", "@bob https://x.co/a #", "!!! ... ???"})
  void textWithoutLanguageEvidenceIsUndetermined(String text) {
    LanguageGuess guess = DETECTOR.detect(text, "en");
    assertTrue(guess.isUndetermined(), text + " -> " + guess);
    assertTrue(guess.confidence() < OpenNlpLanguageDetector.MIN_CONFIDENCE);
  }

  @Test
  void socialClutterDoesNotOutvoteTheWords() {
    String post = "@united_airlines https://t.co/abc123 لا أحد يرد على الهاتف 😡😡 #fail 2024";
    assertEquals("ar", DETECTOR.detect(post, null).lang());
  }

  @Test
  void aScriptNoCandidateWritesIsUndetermined() {
    assertTrue(DETECTOR.detect("Κανείς δεν απαντά στο τηλέφωνο", null).isUndetermined());
  }

  @Test
  void answersOnlyAmongItsCandidates() throws Exception {
    OpenNlpLanguageDetector firstClass = new OpenNlpLanguageDetector(Set.of("en", "ar", "ru", "tr", "id"));
    for (LangIdSample s : fixture()) {
      String lang = firstClass.detect(s.text(), null).lang();
      assertTrue(Set.of("en", "ar", "ru", "tr", "id", "und").contains(lang), lang);
    }
    assertEquals("ru", firstClass.detect("Ніхто не відповідає на дзвінки", null).lang());
  }

  @Test
  void rejectsCandidatesTheModelDoesNotKnow() {
    assertThrows(IllegalArgumentException.class, () -> new OpenNlpLanguageDetector(Set.of("en", "xx")));
    assertThrows(IllegalArgumentException.class, () -> new OpenNlpLanguageDetector(Set.of()));
  }

  @Test
  void knowsMoreThanTheDevelopmentLanguages() {
    assertTrue(OpenNlpLanguageDetector.knownLanguages().containsAll(OpenNlpLanguageDetector.DEV_LANGUAGES));
    assertTrue(OpenNlpLanguageDetector.knownLanguages().containsAll(Set.of("it", "nl", "el", "zh")));
    assertTrue(OpenNlpLanguageDetector.knownLanguages().stream().allMatch(l -> l.length() == 2));
  }

  @Test
  void isDeterministicAcrossInstances() throws Exception {
    OpenNlpLanguageDetector other = new OpenNlpLanguageDetector();
    for (LangIdSample s : fixture()) {
      assertEquals(DETECTOR.detect(s.text(), null), other.detect(s.text(), null));
      assertEquals(DETECTOR.detect(s.text(), "ms"), DETECTOR.detect(s.text(), "ms"));
    }
  }

  @Test
  void sharedInstanceGivesTheSameAnswersFromManyThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (LangIdSample s : fixture()) {
      texts.add(s.text());
      texts.addAll(ShortTextSamples.words(s.text()));
    }
    List<LanguageGuess> expected = texts.stream().map(t -> DETECTOR.detect(t, null)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LanguageGuess>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> texts.stream().map(x -> DETECTOR.detect(x, null)).toList()));
      }
      for (Future<List<LanguageGuess>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void confidenceIsHigherForASentenceThanForOneOfItsWords() {
    LanguageGuess sentence = DETECTOR.detect("Prometeram devolver o dinheiro em dois dias", null);
    LanguageGuess word = DETECTOR.detect("dinheiro", null);
    assertEquals("pt", sentence.lang());
    assertNotEquals(1.0, word.confidence());
    assertTrue(sentence.confidence() > word.confidence());
  }
}
