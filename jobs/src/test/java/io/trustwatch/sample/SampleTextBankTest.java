package io.trustwatch.sample;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleTextBankTest {

    private final SampleTextBank bank = SampleTextBank.bundled();

    @Test
    void everyScoredLanguageHasAtLeast25DistinctTemplatesPerIntent() {
        for (String lang : SampleTextBank.SCORED_LANGUAGES) {
            for (Intent intent : Intent.values()) {
                List<String> templates = bank.templates(lang, intent);
                assertTrue(new HashSet<>(templates).size() >= 25,
                        lang + " " + intent + " has " + new HashSet<>(templates).size() + " distinct templates");
                assertEquals(templates.size(), new HashSet<>(templates).size(), lang + " " + intent + " has duplicates");
            }
        }
    }

    @Test
    void everyTemplateOfEveryLanguageFillsAllItsSlots() {
        Random rnd = new Random(1);
        for (String lang : bank.languages()) {
            for (Intent intent : Intent.values()) {
                for (String template : bank.templates(lang, intent)) {
                    for (int draw = 0; draw < 3; draw++) {
                        String text = bank.fill(lang, template, rnd, Map.of());
                        assertFalse(text.contains("{") || text.contains("}"), lang + ": unfilled slot in " + text);
                        assertFalse(text.isBlank(), lang + ": blank text from " + template);
                    }
                }
            }
        }
    }

    @Test
    void everyLanguageNamesEveryProductAndHasAuthorNames() {
        for (String lang : bank.languages()) {
            for (String code : Brand.productCodes()) {
                assertFalse(bank.values(lang, "product." + code).isEmpty(), lang + " lacks product." + code);
            }
            assertFalse(bank.values(lang, "first_name").isEmpty(), lang + " lacks first names");
            assertFalse(bank.values(lang, "last_name").isEmpty(), lang + " lacks last names");
        }
    }

    @Test
    void givenSlotValuesReplaceRandomOnes() {
        Random rnd = new Random(7);
        boolean used = false;
        for (int i = 0; i < 300; i++) {
            String text = bank.sentence("en", Intent.CHURN_INTENT, rnd, Map.of("brand", "Acmefone"));
            used |= text.contains("Acmefone");
            for (Brand b : Brand.ALL) {
                assertFalse(text.contains(b.name()), "random brand leaked into " + text);
            }
        }
        assertTrue(used, "the given brand never appeared");
    }

    @Test
    void sameSeedGivesSameSentences() {
        Random a = new Random(42);
        Random b = new Random(42);
        for (int i = 0; i < 50; i++) {
            assertEquals(bank.sentence("tr", Intent.BROKEN_PROMISE, a), bank.sentence("tr", Intent.BROKEN_PROMISE, b));
        }
    }

    @Test
    void detectedOnlyLanguagesFallBackToGenericIntents() {
        PhraseBank german = PhraseBank.load("de");
        assertTrue(german.ownTemplates(Intent.DATA_BREACH).isEmpty());
        assertEquals(german.ownTemplates(Intent.NEGATIVE), german.templatesFor(Intent.DATA_BREACH, null, null));
        assertEquals(german.ownTemplates(Intent.POSITIVE), german.templatesFor(Intent.RECOVERY, null, null));
        assertFalse(german.ownTemplates(Intent.CHURN_INTENT).isEmpty());
        assertEquals(german.ownTemplates(Intent.CHURN_INTENT), german.templatesFor(Intent.CHURN_INTENT, null, null));
    }

    @Test
    void sectorTemplatesOnlyGoToBrandsOfThatSector() {
        Random rnd = new Random(11);
        boolean courierForShop = false;
        for (int i = 0; i < 400; i++) {
            String insurer = bank.sentence("en", Intent.BROKEN_PROMISE, rnd, Map.of("brand", "Velora", "product", "policy"));
            assertFalse(insurer.matches("(?i).*(delivery|courier|router|technician|shipped|card would).*"), insurer);
            String shop = bank.sentence("en", Intent.BROKEN_PROMISE, rnd, Map.of("brand", "Bazarly", "product", "order"));
            assertFalse(shop.matches("(?i).*(router|technician|card would).*"), shop);
            courierForShop |= shop.toLowerCase(java.util.Locale.ROOT).contains("delivery");
        }
        assertTrue(courierForShop, "delivery sentences never reached a delivery brand");
    }

    @Test
    void arabicDialectFollowsTheCustomersCountry() {
        PhraseBank arabic = PhraseBank.load("ar");
        assertEquals("egyptian", arabic.varietyOf("EG"));
        assertEquals("gulf", arabic.varietyOf("SA"));
        assertNull(arabic.varietyOf("US"));
        Random rnd = new Random(5);
        String gulfOnly = "(.*(وايد|الحين|\\bليش\\b|\\bمو\\b).*)";
        String egyptianOnly = "(.*(أوي|\\bمش\\b|كده|دلوقتي|عايز).*)";
        boolean sawGulf = false;
        boolean sawEgyptian = false;
        for (int i = 0; i < 600; i++) {
            Intent intent = Intent.values()[i % Intent.values().length];
            String cairo = bank.sentence("ar", intent, rnd, Map.of("brand", "Bazarly", "country", "EG"));
            String riyadh = bank.sentence("ar", intent, rnd, Map.of("brand", "Bazarly", "country", "SA"));
            assertFalse(cairo.matches(gulfOnly), "Gulf dialect for Egypt: " + cairo);
            assertFalse(riyadh.matches(egyptianOnly), "Egyptian dialect for Saudi Arabia: " + riyadh);
            sawEgyptian |= cairo.matches(egyptianOnly);
            sawGulf |= riyadh.matches(gulfOnly);
        }
        assertTrue(sawGulf && sawEgyptian, "dialect lines never used");
    }

    @Test
    void phraseFileWithUnknownSectorIsRejected() {
        String file = "POSITIVE/airline\tnice flight\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseBank.parse("xx", new BufferedReader(new StringReader(file))));
        assertTrue(e.getMessage().contains("unknown sector or variety airline"), e.getMessage());
    }

    @Test
    void unknownLanguageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> bank.sentence("xx", Intent.POSITIVE, new Random(1)));
    }

    @Test
    void phraseFileWithUnknownIntentIsRejected() {
        String file = "@first_name\tA | B\nPOSITIVE\tfine\nHAPPY\tnot an intent\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseBank.parse("xx", new BufferedReader(new StringReader(file))));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void phraseFileParsesSlotsTemplatesAndComments() throws Exception {
        String file = "# comment\n\n@agent\tAli | Bo |  \nNEUTRAL\tok {agent}\nNEUTRAL/bank\tfine\n";
        PhraseBank parsed = PhraseBank.parse("xx", new BufferedReader(new StringReader(file)));
        assertEquals(List.of("Ali", "Bo"), parsed.values("agent"));
        assertEquals(List.of("ok {agent}", "fine"), parsed.ownTemplates(Intent.NEUTRAL));
        assertEquals(List.of("ok {agent}"), parsed.templatesFor(Intent.NEUTRAL, "telecom", null));
        assertEquals(List.of("ok {agent}", "fine"), parsed.templatesFor(Intent.NEUTRAL, "bank", null));
        assertTrue(parsed.ownTemplates(Intent.POSITIVE).isEmpty());
    }

    @Test
    void themeIntentsCarryTheSevenPublicCodes() {
        assertEquals(List.of("service_failure", "dishonesty", "privacy_violation", "data_breach",
                        "conflict_mishandled", "broken_promise", "taken_for_granted"),
                Intent.themes().stream().map(Intent::themeCode).toList());
        assertNull(Intent.CHURN_INTENT.themeCode());
        assertNull(Intent.RECOVERY.themeCode());
    }
}
