package io.trustwatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.text.Languages;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default models committed under src/main/resources load and get obvious posts right. */
class ShippedSentimentModelsTest {

  private static final TextNormaliser NORMALISER = new LuceneTextNormaliser();

  @Test
  void everyFirstClassLanguageHasAModelLoadedOnce() {
    LinearSentimentScorer scorer = LinearSentimentScorer.shipped();
    assertEquals(Languages.FIRST_CLASS.stream().sorted().toList(), scorer.models().keySet().stream().sorted().toList());
    assertSame(scorer, LinearSentimentScorer.shipped());
    for (LinearSentimentModel m : scorer.models().values()) {
      assertTrue(m.modelId().startsWith("sentiment-lr-" + m.lang() + "-"), m.modelId());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en | I love this, the service was excellent! Thank you so much        | POSITIVE
      en | Terrible service, I am never flying with you again. Worst airline | NEGATIVE
      ru | Отличный сервис, очень доволен, спасибо!                          | POSITIVE
      ru | Ужасный банк, отвратительное обслуживание, никому не советую      | NEGATIVE
      tr | Ürün harika, çok memnun kaldım, teşekkürler                       | POSITIVE
      tr | Berbat bir ürün, hiç beğenmedim, param çöpe gitti                 | NEGATIVE
      id | makanannya enak sekali dan pelayanannya ramah , suka banget .      | POSITIVE
      id | pelayanan sangat buruk , makanan tidak enak dan mahal , kecewa .   | NEGATIVE
      ar | المطعم رائع جدا والأكل لذيذ والخدمة ممتازة                          | POSITIVE
      ar | سيء جدا والخدمة سيئة والأكل بارد ولا أنصح به                         | NEGATIVE
      """)
  void obviousPostsGetTheObviousLabel(String lang, String text, SentimentLabel expected) {
    SentimentResult r = LinearSentimentScorer.shipped().score(text, NORMALISER.tokens(text, lang), lang);
    assertEquals(expected, r.label(), r.toString());
    assertTrue(expected == SentimentLabel.POSITIVE ? r.score() > 0 : r.score() < 0, r.toString());
  }

  @Test
  void scoringIsDeterministic() {
    String text = "Ужасный банк, но приложение удобное";
    SentimentResult first = LinearSentimentScorer.shipped().score(text, NORMALISER.tokens(text, "ru"), "ru");
    for (int i = 0; i < 5; i++) {
      assertEquals(first, LinearSentimentScorer.shipped().score(text, NORMALISER.tokens(text, "ru"), "ru"));
    }
  }
}
