package io.trustwatch.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic sample sentences per language and {@link Intent}, drawn from the reviewable phrase banks
 * {@code io/trustwatch/sample/phrases-<lang>.tsv} with their slots filled. Immutable and thread-safe;
 * all randomness comes from the caller's {@link Random}, so output is reproducible from a seed.
 */
public final class SampleTextBank {

    /** Languages with a full phrase bank (every intent): the product scores these. */
    public static final List<String> SCORED_LANGUAGES = List.of("en", "ar", "ru", "tr", "id");
    /** Languages with a small bank: the product must detect them but cannot score them. */
    public static final List<String> DETECTED_ONLY_LANGUAGES = List.of("es", "de", "fr");

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
    /* Numbers stay in 5..10 so that the noun after them agrees in every language (Russian "дней",
       Arabic "أيام"), which lets templates write "{days} дней" without grammar rules in code. */
    private static final int SMALL_NUMBER_MIN = 5;
    private static final int SMALL_NUMBER_MAX = 10;
    private static final List<String> NUMERIC_SLOTS = List.of("days", "years", "n");
    private static final List<String> MINUTES = List.of("40", "45", "50", "60", "90");

    private static final class Holder {
        static final SampleTextBank BUNDLED = new SampleTextBank();
    }

    private final Map<String, PhraseBank> banks = new LinkedHashMap<>();

    private SampleTextBank() {
        for (String lang : SCORED_LANGUAGES) {
            banks.put(lang, PhraseBank.load(lang));
        }
        for (String lang : DETECTED_ONLY_LANGUAGES) {
            banks.put(lang, PhraseBank.load(lang));
        }
    }

    /** The bank built from the bundled phrase files, loaded once. */
    public static SampleTextBank bundled() {
        return Holder.BUNDLED;
    }

    public Set<String> languages() {
        return banks.keySet();
    }

    /** A sentence of the given intent with every slot filled at random. */
    public String sentence(String lang, Intent intent, Random rnd) {
        return sentence(lang, intent, rnd, Map.of());
    }

    /**
     * A sentence of the given intent; slots named in {@code given} (e.g. {@code brand}, {@code product})
     * take those values, the others are drawn at random. When {@code brand} is one of {@link Brand#ALL},
     * only templates that suit its sector are used (no courier for an insurer); when {@code country} is given
     * and the bank has a regional variety for it (Arabic: Gulf, Egyptian), templates of other varieties are
     * left out, so a customer from Cairo does not write Gulf dialect.
     */
    public String sentence(String lang, Intent intent, Random rnd, Map<String, String> given) {
        PhraseBank bank = bank(lang);
        List<String> templates = bank.templatesFor(intent, Brand.sectorOf(given.get("brand")),
                bank.varietyOf(given.get("country")));
        if (templates.isEmpty()) {
            throw new IllegalStateException("no templates for " + intent + " in " + lang);
        }
        return fill(bank, templates.get(rnd.nextInt(templates.size())), rnd, given);
    }

    /** The templates written for this language and intent (no fallback), as in the phrase file. */
    public List<String> templates(String lang, Intent intent) {
        return bank(lang).ownTemplates(intent);
    }

    /** The values a slot may take in a language, e.g. {@code first_name} or {@code product.app}. */
    public List<String> values(String lang, String slot) {
        return bank(lang).values(slot);
    }

    /** How a customer writing in {@code lang} names a product code, drawn at random among the bank's variants. */
    public String productName(String lang, String productCode, Random rnd) {
        return pick(bank(lang), "product." + productCode, rnd);
    }

    /** Fills every slot of a template; package-visible so tests can check all templates resolve. */
    String fill(String lang, String template, Random rnd, Map<String, String> given) {
        return fill(bank(lang), template, rnd, given);
    }

    private String fill(PhraseBank bank, String template, Random rnd, Map<String, String> given) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slotValue(bank, m.group(1), rnd, given)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slotValue(PhraseBank bank, String slot, Random rnd, Map<String, String> given) {
        String fixed = given.get(slot);
        if (fixed != null) {
            return fixed;
        }
        if (NUMERIC_SLOTS.contains(slot)) {
            return Integer.toString(SMALL_NUMBER_MIN + rnd.nextInt(SMALL_NUMBER_MAX - SMALL_NUMBER_MIN + 1));
        }
        return switch (slot) {
            case "minutes" -> MINUTES.get(rnd.nextInt(MINUTES.size()));
            case "brand" -> Brand.ALL.get(rnd.nextInt(Brand.ALL.size())).name();
            case "competitor" -> Brand.COMPETITORS.get(rnd.nextInt(Brand.COMPETITORS.size()));
            case "product" -> {
                List<String> codes = Brand.productCodes();
                yield pick(bank, "product." + codes.get(rnd.nextInt(codes.size())), rnd);
            }
            default -> pick(bank, slot, rnd);
        };
    }

    private static String pick(PhraseBank bank, String slot, Random rnd) {
        List<String> values = bank.values(slot);
        if (values.isEmpty()) {
            throw new IllegalStateException("slot {" + slot + "} has no values in phrases-" + bank.lang() + ".tsv");
        }
        return values.get(rnd.nextInt(values.size()));
    }

    private PhraseBank bank(String lang) {
        PhraseBank bank = banks.get(lang);
        if (bank == null) {
            throw new IllegalArgumentException("unsupported sample language: " + lang);
        }
        return bank;
    }
}
