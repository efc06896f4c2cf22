package io.trustwatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustwatch.themes.ThemeMatch;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostAnalyzerTest {

  private final PostAnalyzer analyzer = PostAnalyzer.shared();

  @Test
  void piiIsRedactedBeforeAnythingElseSeesTheText() {
    PostAnalysis a = analyzer.analyze(
        "They sold my data to advertisers and now I get spam. Reach me at jane.doe@example.com", "en");
    assertFalse(a.redactedText().contains("jane.doe"));
    assertEquals(1, a.redactions().get("EMAIL"));
    assertEquals("en", a.language().lang());
    assertTrue(a.themes().themes().stream().anyMatch(m -> m.code().equals("privacy_violation")));
    for (ThemeMatch m : a.themes().themes()) {
      assertEquals(m.evidence(), a.redactedText().substring(m.start(), m.end()), "offsets point into the redacted text");
    }
  }

  @Test
  void aLanguageWithoutAModelGetsNoSentimentButAReason() {
    PostAnalysis a = analyzer.analyze("Die Lieferung war schnell und der Kundendienst sehr freundlich.", null);
    assertEquals("de", a.language().lang());
    assertNull(a.sentiment().label());
    assertEquals("unsupported_language", a.sentiment().reason());
  }

  @Test
  void theCandidateSetIsConfigurablePerDeployment() {
    PostAnalyzer turkeyAndIndonesia = PostAnalyzer.forLanguages(Set.of("tr", "id", "en"));
    assertEquals("und", turkeyAndIndonesia.analyze("Всё отлично, спасибо за быструю доставку!", null).language().lang(),
        "a script no candidate writes is undetermined, not forced onto a candidate");
    assertEquals("ru", analyzer.analyze("Всё отлично, спасибо за быструю доставку!", null).language().lang());
    assertSame(turkeyAndIndonesia, PostAnalyzer.forLanguages(Set.of("en", "id", "tr")), "one analyser per set per JVM");
  }

  @Test
  void theSameTextGivesTheSameAnalysis() {
    String text = "Üç gündür müşteri hizmetlerine ulaşamıyorum, bir daha asla sipariş vermeyeceğim!";
    assertEquals(analyzer.analyze(text, null), analyzer.analyze(text, null));
  }
}
