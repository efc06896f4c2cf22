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
  void turkishCapitalIBecomesDotless() {
    assertEquals("ı", norm("I", "tr").substring(0, 1));
  }

  @Test
  void elongationIsShortened() {
    assertEquals(norm("soo", "xx"), norm("soooooo", "xx"));
  }

  private String norm(String word, String lang) {
    return normaliser.tokens(word, lang).get(0).norm();
  }
}
