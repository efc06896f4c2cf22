package io.trustwatch.sample;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where a language is spoken in the sample and where its speakers post: countries (with their time zone)
 * and the sources a customer of that market favours. Weights are rough and invented, not measured.
 */
final class Market {

    /** Sources whose posts carry a star rating (a survey asks for a 1-5 score). */
    static final List<String> RATED_SOURCES = List.of("app_store", "play_store", "review_site", "survey");
    static final List<String> SOURCES = List.of("app_store", "play_store", "twitter", "review_site", "survey", "facebook");
    /** The one simulated channel that reaches the company (a call transcript), see ComplaintRule. */
    static final String PHONE = "phone";
    static final List<String> CHANNELS = List.of("app", "web", "store", PHONE);
    private static final double[] CHANNEL_WEIGHTS = {50, 25, 15, 10};

    /** Language mix of the sample: the five scored languages and a few detected-only ones. */
    private static final Map<String, Double> LANGUAGES = ordered(
            "en", 30.0, "ar", 20.0, "ru", 15.0, "tr", 15.0, "id", 15.0, "es", 2.0, "de", 1.5, "fr", 1.5);

    private static final Map<String, Map<String, Double>> COUNTRIES = Map.of(
            "en", ordered("US", 40.0, "GB", 25.0, "AU", 10.0, "CA", 10.0, "IE", 5.0, "IN", 5.0, "NG", 5.0),
            "ar", ordered("SA", 35.0, "EG", 30.0, "AE", 25.0, "KW", 10.0),
            "ru", ordered("RU", 80.0, "KZ", 12.0, "BY", 8.0),
            "tr", ordered("TR", 95.0, "DE", 5.0),
            "id", ordered("ID", 100.0),
            "es", ordered("ES", 50.0, "MX", 50.0),
            "de", ordered("DE", 70.0, "AT", 30.0),
            "fr", ordered("FR", 70.0, "BE", 30.0));

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("US", "America/New_York"), Map.entry("GB", "Europe/London"), Map.entry("AU", "Australia/Sydney"),
            Map.entry("CA", "America/Toronto"), Map.entry("IE", "Europe/Dublin"), Map.entry("IN", "Asia/Kolkata"),
            Map.entry("NG", "Africa/Lagos"), Map.entry("SA", "Asia/Riyadh"), Map.entry("EG", "Africa/Cairo"),
            Map.entry("AE", "Asia/Dubai"), Map.entry("KW", "Asia/Kuwait"), Map.entry("RU", "Europe/Moscow"),
            Map.entry("KZ", "Asia/Almaty"), Map.entry("BY", "Europe/Minsk"), Map.entry("TR", "Europe/Istanbul"),
            Map.entry("DE", "Europe/Berlin"), Map.entry("ID", "Asia/Jakarta"), Map.entry("ES", "Europe/Madrid"),
            Map.entry("MX", "America/Mexico_City"), Map.entry("AT", "Europe/Vienna"), Map.entry("FR", "Europe/Paris"),
            Map.entry("BE", "Europe/Brussels"));

    /** Source preference per language, in the order of {@link #SOURCES}. */
    private static final Map<String, double[]> SOURCE_WEIGHTS = Map.of(
            "en", new double[] {20, 20, 20, 20, 10, 10},
            "ar", new double[] {20, 20, 30, 5, 10, 15},
            "ru", new double[] {20, 30, 5, 30, 10, 5},
            "tr", new double[] {15, 25, 25, 20, 10, 5},
            "id", new double[] {10, 35, 20, 5, 10, 20});
    private static final double[] OTHER_SOURCE_WEIGHTS = {20, 25, 15, 25, 10, 5};

    private Market() {
    }

    static String language(Random rnd) {
        return weighted(LANGUAGES, rnd);
    }

    static String country(String lang, Random rnd) {
        return weighted(COUNTRIES.get(lang), rnd);
    }

    static ZoneId zone(String country) {
        return ZoneId.of(ZONES.get(country));
    }

    static String source(String lang, Random rnd) {
        return SOURCES.get(index(SOURCE_WEIGHTS.getOrDefault(lang, OTHER_SOURCE_WEIGHTS), rnd));
    }

    static String channel(Random rnd) {
        return CHANNELS.get(index(CHANNEL_WEIGHTS, rnd));
    }

    static boolean rated(String source) {
        return RATED_SOURCES.contains(source);
    }

    private static String weighted(Map<String, Double> weights, Random rnd) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double r = rnd.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            last = e.getKey();
            r -= e.getValue();
            if (r < 0) {
                break;
            }
        }
        return last;
    }

    private static int index(double[] weights, Random rnd) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A map in the order given, so weighted draws do not depend on hash order. */
    private static Map<String, Double> ordered(Object... keyValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        return m;
    }
}
