package io.trustwatch.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The templates and slot values of one language, read from a reviewable TSV file
 * ({@code phrases-<lang>.tsv}). Format, one entry per line:
 * <pre>
 * # comment
 * &#64;slot_name	value one | value two        (values a template slot may take)
 * INTENT	a template with {slots}              (INTENT is an {@link Intent} name)
 * INTENT/telecom,bank	a template               (only for brands of these sectors, see {@link Brand})
 * &#64;variety.gulf	SA | AE                    (a regional variety and the countries that speak it)
 * INTENT/gulf	a template                       (only for customers from countries of that variety)
 * </pre>
 */
final class PhraseBank {

    private static final String VARIETY_PREFIX = "variety.";

    /** A template and where it fits: no sectors means any brand, no varieties means any country. */
    record Template(String text, Set<String> sectors, Set<String> varieties) {
        boolean suits(String sector, String variety) {
            return (sectors.isEmpty() || sector == null || sectors.contains(sector))
                    && (varieties.isEmpty() || variety == null || varieties.contains(variety));
        }
    }

    private final String lang;
    private final Map<Intent, List<Template>> templates;
    private final Map<String, List<String>> slotValues;

    private PhraseBank(String lang, Map<Intent, List<Template>> templates, Map<String, List<String>> slotValues) {
        this.lang = lang;
        this.templates = templates;
        this.slotValues = slotValues;
    }

    static PhraseBank load(String lang) {
        String resource = "phrases-" + lang + ".tsv";
        try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no phrase bank for language '" + lang + "' (" + resource + ")");
            }
            return parse(lang, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static PhraseBank parse(String lang, BufferedReader reader) throws IOException {
        Map<Intent, List<Template>> templates = new EnumMap<>(Intent.class);
        Map<String, List<String>> slots = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("phrases-" + lang + ".tsv line " + number + ": no tab");
            }
            String key = line.substring(0, tab).strip();
            String value = line.substring(tab + 1).strip();
            if (key.startsWith("@")) {
                List<String> values = new ArrayList<>();
                for (String v : value.split("\\|")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                slots.put(key.substring(1), List.copyOf(values));
            } else {
                String where = "phrases-" + lang + ".tsv line " + number + ": ";
                int slash = key.indexOf('/');
                Intent intent;
                try {
                    intent = Intent.valueOf(slash < 0 ? key : key.substring(0, slash));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "unknown intent " + key, e);
                }
                Set<String> sectors = new TreeSet<>();
                Set<String> varieties = new TreeSet<>();
                if (slash >= 0) {
                    for (String raw : key.substring(slash + 1).split(",")) {
                        String tag = raw.strip();
                        if (Brand.sectors().contains(tag)) {
                            sectors.add(tag);
                        } else if (slots.containsKey(VARIETY_PREFIX + tag)) {
                            varieties.add(tag);
                        } else {
                            throw new IllegalArgumentException(where + "unknown sector or variety " + tag
                                    + " (declare varieties with @" + VARIETY_PREFIX + "<name> before use)");
                        }
                    }
                }
                templates.computeIfAbsent(intent, i -> new ArrayList<>())
                        .add(new Template(value, Set.copyOf(sectors), Set.copyOf(varieties)));
            }
        }
        templates.replaceAll((intent, list) -> List.copyOf(list));
        return new PhraseBank(lang, templates, Collections.unmodifiableMap(slots));
    }

    String lang() {
        return lang;
    }

    /** The templates written for exactly this intent (possibly none), whatever their sector. */
    List<String> ownTemplates(Intent intent) {
        return templates.getOrDefault(intent, List.of()).stream().map(Template::text).toList();
    }

    private List<String> ownTemplates(Intent intent, String sector, String variety) {
        return templates.getOrDefault(intent, List.of()).stream()
                .filter(t -> t.suits(sector, variety)).map(Template::text).toList();
    }

    /** The regional variety spoken in a country according to this bank's {@code @variety.*} lines, or null. */
    String varietyOf(String country) {
        if (country == null) {
            return null;
        }
        return slotValues.entrySet().stream()
                .filter(e -> e.getKey().startsWith(VARIETY_PREFIX) && e.getValue().contains(country))
                .map(e -> e.getKey().substring(VARIETY_PREFIX.length())).findFirst().orElse(null);
    }

    /**
     * The templates to draw from for a brand of {@code sector} and a customer speaking {@code variety}
     * ({@code null}: any). Languages that are only detected, not scored, have small banks:
     * a theme falls back to a generic complaint and a recovery to praise, which keeps their posts plausible.
     */
    List<String> templatesFor(Intent intent, String sector, String variety) {
        List<String> own = ownTemplates(intent, sector, variety);
        if (!own.isEmpty()) {
            return own;
        }
        if (intent.isTheme() || intent == Intent.CHURN_INTENT) {
            return ownTemplates(Intent.NEGATIVE, sector, variety);
        }
        if (intent == Intent.RECOVERY) {
            return ownTemplates(Intent.POSITIVE, sector, variety);
        }
        return own;
    }

    /** Values of a slot, empty if the bank does not define it. */
    List<String> values(String slot) {
        return slotValues.getOrDefault(slot, List.of());
    }
}
