package io.trustwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneTextNormaliserTest {

  private final TextNormaliser normaliser = new LuceneTextNormaliser();

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Nobody answers!!! see https://x.co/a @support #WorstService 😡 :(";
    for (Token t : normaliser.tokens(text, "en")) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void socialTokensKeepTheirKind() {
    List<Token> tokens = normaliser.tokens("hi @bob #sale https://a.b/c 😡 :(", "en");
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.MENTION));
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.HASHTAG));
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.URL));
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.EMOJI && t.surface().equals("😡")));
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.EMOTICON && t.surface().equals(":(")));
  }

  @Test
  void inflectedFormsShareAStem() {
    assertEquals(norm("отвечают", "ru"), norm("отвечает", "ru"));
    assertEquals(norm("charges", "en"), norm("charged", "en"));
  }

  @Test
  void turkishCapitalIBecomesDotlessOnlyInAWordWithTurkishLetters() {
    assertEquals("ı", norm("IŞIK", "tr").substring(0, 1));
    assertEquals("i", norm("İPTAL", "tr").substring(0, 1));
    // Typed without Turkish letters, I stands for both i and ı: read it as i, as the ASCII spelling "iptal" does.
    assertEquals(norm("iptal", "tr"), norm("Iptal", "tr"));
    assertEquals(norm("hesabimi", "tr"), norm("HESABIMI", "tr"));
    assertEquals("i", norm("I", "en"));
  }

  @Test
  void elongationIsShortened() {
    assertEquals(norm("soo", "xx"), norm("soooooo", "xx"));
    assertEquals("soo", norm("soo", "xx"), "two in a row is not an elongation");
    assertEquals("ab\uD835\uDC9C\uD835\uDC9Ccd", norm("ab\uD835\uDC9C\uD835\uDC9C\uD835\uDC9Ccd", "xx"),
        "a letter outside the BMP (two UTF-16 units) counts once per code point");
    assertEquals("ab", norm("ab", "xx"));
  }

  @Test
  void aWordStemsTheSameEveryTime() {
    String first = norm("complaints", "en");
    assertEquals("complaint", first);
    assertEquals(first, norm("Complaints", "en"));
    assertEquals(first, norm("complaints", "en"));
  }

  private String norm(String word, String lang) {
    return normaliser.tokens(word, lang).get(0).norm();
  }

  @Test
  void camelCaseHashtagsSplitIntoWordsWithTheirOwnOffsets() {
    String text = "so slow #WorstServiceEver, flying #USAirways on #iPhone15 #sale";
    List<Token> tags = normaliser.tokens(text, "en").stream().filter(t -> t.kind() == Token.Kind.HASHTAG).toList();
    assertEquals(List.of("Worst", "Service", "Ever", "US", "Airways", "i", "Phone", "15", "#sale"),
        tags.stream().map(Token::surface).toList());
    for (Token t : tags) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
    assertEquals(norm("service", "en"), tags.get(1).norm());
    assertEquals("<num>", tags.get(7).norm());
    assertEquals("sale", tags.get(8).norm());
  }

  @Test
  void hashtagsInOtherScriptsSplitOnUnderscoreAndCase() {
    String text = "#خدمة_العملاء #СервисУжас";
    List<Token> tokens = normaliser.tokens(text, "ru");
    assertEquals(List.of("خدمة", "العملاء", "Сервис", "Ужас"), tokens.stream().map(Token::surface).toList());
    assertTrue(tokens.stream().allMatch(t -> t.kind() == Token.Kind.HASHTAG));
    for (Token t : tokens) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void arabicTatweelAndDiacriticsDoNotChangeTheNorm() {
    assertEquals(norm("جدا", "ar"), norm("جـــدا", "ar"));
    assertEquals(norm("ممتاز", "ar"), norm("مُمْتَاز", "ar"));
    assertEquals(norm("ممتاز", "ar"), norm("مـمـتـاز", "ar"));
    // Persian and Urdu have no Lucene stemmer here, but the marks still go.
    assertEquals(norm("خیلی", "fa"), norm("خیـــلی", "fa"));
    Token stretched = normaliser.tokens("الخدمة جـــدا سيئة", "ar").get(1);
    assertEquals("جـــدا", stretched.surface());
  }

  @Test
  void repeatedPunctuationIsOneToken() {
    String text = "Why?!?! Nobody answers!!! Wait...";
    List<Token> punct = normaliser.tokens(text, "en").stream().filter(t -> t.kind() == Token.Kind.PUNCT).toList();
    assertEquals(List.of("?!?!", "!!!", "..."), punct.stream().map(Token::surface).toList());
    for (Token t : punct) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void redactionPlaceholdersAreOneTokenThatIsNotAWord() {
    List<Token> tokens = normaliser.tokens("call me on <PHONE> or <EMAIL>", "en");
    Token phone = tokens.get(3);
    assertEquals(Token.Kind.PLACEHOLDER, phone.kind());
    assertEquals("<PHONE>", phone.surface());
    assertEquals("<phone>", phone.norm());
  }

  @Test
  void arabicPunctuationEndsClauses() {
    List<Token> tokens = normaliser.tokens("الخدمة سيئة، والتوصيل ممتاز؟", "ar");
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.PUNCT && t.surface().equals("،")));
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == Token.Kind.PUNCT && t.surface().equals("؟")));
  }
}
