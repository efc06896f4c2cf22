package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonWordsTrainerTest {

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.add("Не работает приложение, @mts_support https://t.co/x 😡");
      texts.add("Приложение не грузит, а поддержка молчит");
    }
    for (int i = 0; i < 5; i++) {
      texts.add("Нічого не працює"); // Ukrainian: its letters are outside the Russian alphabet
    }
    return texts;
  }

  @Test
  void keepsFrequentWordsOfTheLanguagesAlphabetMostFrequentFirst() {
    List<Map.Entry<String, Integer>> words = CommonWordsTrainer.commonWords("ru", texts());
    assertEquals(Map.entry("не", 17), words.get(0));
    assertEquals(Map.entry("приложение", 12), words.get(1));
    assertTrue(words.stream().noneMatch(e -> e.getKey().equals("нічого")));
    assertTrue(words.stream().noneMatch(e -> e.getKey().startsWith("mts") || e.getKey().equals("t")));
    assertTrue(words.stream().noneMatch(e -> e.getKey().equals("а")), "one-letter words are left out");
  }

  @Test
  void indonesianKeepsAShortListAndTheOtherLanguagesALongOne() {
    assertEquals(1500, CommonWordsTrainer.topN("id"));
    assertTrue(CommonWordsTrainer.topN("ru") > 10 * CommonWordsTrainer.topN("id"));
    List<String> texts = new ArrayList<>(texts());
    texts.add("Приложение обновили");
    texts.add("обновили"); // twice is enough to be listed
    assertTrue(CommonWordsTrainer.commonWords("ru", texts).contains(Map.entry("обновили", 2)));
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    List<String> shuffled = new ArrayList<>(texts());
    Collections.reverse(shuffled);
    assertEquals(CommonWordsTrainer.commonWords("ru", texts()), CommonWordsTrainer.commonWords("ru", shuffled));
  }

  @Test
  void writtenListsReadBack() throws Exception {
    StringWriter out = new StringWriter();
    CommonWordsTrainer.write(Map.of("ru", CommonWordsTrainer.commonWords("ru", texts())), out);
    CommonWords lists = CommonWords.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertTrue(lists.isCommon("ru", "приложение"));
    assertFalse(lists.isCommon("uk", "приложение"));
    assertEquals(java.util.Set.of("ru"), lists.languages());
  }

  @Test
  void bundledListsCoverTheFirstClassLanguages() {
    assertEquals(java.util.Set.of("ar", "en", "id", "ru", "tr"), CommonWords.bundled().languages());
    assertTrue(CommonWords.bundled().isCommon("en", "the"));
    assertTrue(CommonWords.bundled().isCommon("id", "tidak"));
  }
}
