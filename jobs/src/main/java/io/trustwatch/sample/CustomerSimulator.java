package io.trustwatch.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Simulates customers whose fate is known (their {@link Persona}) and the posts they write over a window
 * of weeks. Fully determined by its arguments: each customer draws from its own generator seeded from
 * (seed, customer index), so customer 7 is the same whether 100 or 1,000 customers are simulated.
 */
public final class CustomerSimulator {

    private static final Map<String, String> ID_PREFIX = Map.of(
            "app_store", "as", "play_store", "gp", "twitter", "tw",
            "review_site", "rv", "survey", "sv", "facebook", "fb");
    private static final Persona[] PERSONAS = Persona.values();
    /** Share of each persona, in the order of {@link Persona#values()}. */
    private static final double[] PERSONA_WEIGHTS = {35, 25, 12, 15, 13};
    /** Posting hour (local time) weights from 00 to 23: quiet at night, peaks at lunch and evening. */
    private static final double[] HOUR_WEIGHTS = {
        2, 1, 1, 0.5, 0.5, 0.5, 1, 3, 5, 6, 6, 6, 7, 7, 6, 6, 6, 6, 7, 8, 9, 9, 7, 4};
    private static final double PRIMARY_SOURCE_SHARE = 0.7;
    private static final double ENGLISH_SWITCH_SHARE = 0.04;
    private static final int MAX_REDRAWS = 8;
    private static final long INCIDENT_SALT = 0x1AC1D3A7L;

    /** The order posts are numbered and written in: by time, ties by customer and text. */
    static final Comparator<SimulatedPost> TIME_ORDER = Comparator
            .comparing((SimulatedPost p) -> p.createdAt().toInstant())
            .thenComparing(SimulatedPost::customerId).thenComparing(SimulatedPost::text);

    private final SampleTextBank bank;

    public CustomerSimulator() {
        this(SampleTextBank.bundled());
    }

    public CustomerSimulator(SampleTextBank bank) {
        this.bank = bank;
    }

    /**
     * @param customers number of customers (at least 1)
     * @param weeks     length of the window in weeks (at least 8, so every persona can play out)
     * @param start     first day of the window; a Monday keeps simulation weeks equal to ISO weeks
     * @param seed      the only source of randomness
     */
    public SimulatedSample simulate(int customers, int weeks, LocalDate start, long seed) {
        return simulate(customers, weeks, start, seed, List.of());
    }

    /** As {@link #simulate(int, int, LocalDate, long)}, plus the posts of the given market incidents. */
    public SimulatedSample simulate(int customers, int weeks, LocalDate start, long seed, List<Incident> incidents) {
        List<SimulatedCustomer> people = new ArrayList<>();
        List<SimulatedPost> posts = new ArrayList<>();
        try {
            simulate(customers, weeks, start, seed, incidents, (customer, theirs) -> {
                people.add(customer);
                posts.addAll(theirs);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory sink does no I/O", e);
        }
        posts.sort(TIME_ORDER);
        List<SimulatedPost> numbered = new ArrayList<>(posts.size());
        for (int n = 0; n < posts.size(); n++) {
            numbered.add(numbered(posts.get(n), n));
        }
        return new SimulatedSample(start, weeks, people, numbered);
    }

    /**
     * Hands each customer, in order, to {@code sink} with their posts (in the order they were planned, without
     * ids), so a caller can write a sample of any size without holding it: {@link SampleWriter} numbers the
     * posts afterwards in {@link #TIME_ORDER}.
     */
    public void simulate(int customers, int weeks, LocalDate start, long seed, List<Incident> incidents,
            CustomerSink sink) throws IOException {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1, got " + customers);
        }
        for (int i = 0; i < customers; i++) {
            Random rnd = new Random(customerSeed(seed, i));
            Persona persona = persona(rnd);
            PersonaScript.Plan plan = PersonaScript.plan(persona, weeks, rnd);
            SimulatedCustomer customer = customer(i, persona, plan.churnWeek(), rnd);
            List<SimulatedPost> posts = new ArrayList<>();
            Set<String> said = new HashSet<>();
            for (PersonaScript.PlannedPost planned : plan.posts()) {
                posts.add(post(customer, planned, start, said, rnd));
            }
            // A generator of its own, so a sample with incidents differs from one without only by them.
            Random incidentRnd = new Random(customerSeed(seed ^ INCIDENT_SALT, i));
            for (Incident incident : incidents) {
                int week = incident.weekIn(weeks);
                boolean affected = customer.brand().name().equals(incident.brand())
                        && customer.lang().equals(incident.lang())
                        && (plan.churnWeek() == null || plan.churnWeek() > week)
                        && incidentRnd.nextDouble() < incident.share();
                if (affected) {
                    posts.add(post(customer, new PersonaScript.PlannedPost(week, List.of(incident.theme())), start,
                            said, incidentRnd));
                }
            }
            sink.accept(customer, posts);
        }
    }

    /** Receives each simulated customer with their posts. */
    @FunctionalInterface
    public interface CustomerSink {
        void accept(SimulatedCustomer customer, List<SimulatedPost> posts) throws IOException;
    }

    /** The post with its id: the source's prefix and its place ({@code index}, from 0) in {@link #TIME_ORDER}. */
    static SimulatedPost numbered(SimulatedPost post, long index) {
        return post.withPostId(ID_PREFIX.get(post.source()) + "-" + (100001 + index));
    }

    /**
     * java.util.Random gives nearly equal first draws for neighbouring seeds, so the (seed, index) pair is
     * scrambled with the SplitMix64 finaliser before seeding each customer's generator.
     */
    static long customerSeed(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Persona persona(Random rnd) {
        double total = 0;
        for (double w : PERSONA_WEIGHTS) {
            total += w;
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < PERSONAS.length; i++) {
            r -= PERSONA_WEIGHTS[i];
            if (r < 0) {
                return PERSONAS[i];
            }
        }
        return PERSONAS[PERSONAS.length - 1];
    }

    private SimulatedCustomer customer(int index, Persona persona, Integer churnWeek, Random rnd) {
        String lang = Market.language(rnd);
        String country = Market.country(lang, rnd);
        Brand brand = Brand.ALL.get(rnd.nextInt(Brand.ALL.size()));
        String product = brand.products().get(rnd.nextInt(brand.products().size()));
        return new SimulatedCustomer(String.format("cust-%05d", index + 1), persona, lang, country,
                Market.zone(country), brand, product, Market.source(lang, rnd), Market.channel(rnd),
                author(lang, rnd), WritingStyle.draw(lang, rnd), churnWeek);
    }

    /** A display name in the customer's script, in one of the shapes people use on social sites. */
    private String author(String lang, Random rnd) {
        List<String> first = bank.values(lang, "first_name");
        List<String> last = bank.values(lang, "last_name");
        String f = first.get(rnd.nextInt(first.size()));
        String l = last.get(rnd.nextInt(last.size()));
        double r = rnd.nextDouble();
        if (r < 0.5) {
            return f + " " + l;
        }
        if (r < 0.8) {
            return lang.equals("ar") ? "أبو " + f : f + " " + l.charAt(0) + ".";
        }
        return f;
    }

    /** @param said sentences this customer already wrote: people rarely post the same words twice */
    private SimulatedPost post(SimulatedCustomer c, PersonaScript.PlannedPost planned, LocalDate start,
                               Set<String> said, Random rnd) {
        String source = rnd.nextDouble() < PRIMARY_SOURCE_SHARE ? c.primarySource() : Market.source(c.lang(), rnd);
        String textLang = switchesToEnglish(c.lang()) && rnd.nextDouble() < ENGLISH_SWITCH_SHARE ? "en" : c.lang();
        String product = rnd.nextDouble() < 0.8 ? c.product()
                : c.brand().products().get(rnd.nextInt(c.brand().products().size()));
        Map<String, String> given = Map.of(
                "brand", c.brand().name(),
                "product", bank.productName(textLang, product, rnd),
                "country", c.country());
        List<String> sentences = new ArrayList<>();
        for (Intent intent : planned.intents()) {
            String sentence = bank.sentence(textLang, intent, rnd, given);
            for (int retry = 0; retry < MAX_REDRAWS && said.contains(sentence); retry++) {
                sentence = bank.sentence(textLang, intent, rnd, given);
            }
            said.add(sentence);
            sentences.add(sentence);
        }
        List<Intent> intents = planned.intents();
        String text = c.style().apply(joined(sentences, textLang), textLang, Intent.sentimentOf(intents), rnd);
        String channel = rnd.nextDouble() < 0.85 ? c.channel() : Market.channel(rnd);
        if (c.persona() == Persona.SILENT_CHURNER && channel.equals(Market.PHONE)) {
            // A phone call reaches the company (a complaint there is not silent), and a silent churner
            // by definition never tells the company: the same post, written in the app instead.
            channel = "app";
        }
        return new SimulatedPost(null, source, text, createdAt(c, start.plusWeeks(planned.week()), source, rnd),
                c.id(), c.author(), rating(source, intents, rnd), c.brand().name(), product, c.country(),
                langHint(textLang, c.lang(), rnd), channel, textLang, intents);
    }

    /**
     * Joins the sentences of one post. Many templates end without a full stop, as people type; a sentence that
     * ends in a letter gets a separator before the next one so the post does not read as one run-on clause.
     */
    static String joined(List<String> sentences, String lang) {
        StringBuilder text = new StringBuilder(sentences.get(0));
        for (String next : sentences.subList(1, sentences.size())) {
            if (Character.isLetterOrDigit(text.codePointBefore(text.length()))) {
                text.append(lang.equals("ar") ? "،" : ".");
            }
            text.append(' ').append(next);
        }
        return text.toString();
    }

    private static boolean switchesToEnglish(String lang) {
        return List.of("ar", "ru", "tr", "id").contains(lang);
    }

    /** A local time within the week; social networks report UTC, stores and surveys the local offset. */
    private static OffsetDateTime createdAt(SimulatedCustomer c, LocalDate weekStart, String source, Random rnd) {
        int hour = 0;
        double total = 0;
        for (double w : HOUR_WEIGHTS) {
            total += w;
        }
        double r = rnd.nextDouble() * total;
        while (hour < 23 && (r -= HOUR_WEIGHTS[hour]) >= 0) {
            hour++;
        }
        LocalDateTime local = LocalDateTime.of(weekStart.plusDays(rnd.nextInt(7)),
                LocalTime.of(hour, rnd.nextInt(60), rnd.nextInt(60)));
        OffsetDateTime at = ZonedDateTime.of(local, c.zone()).toOffsetDateTime();
        return source.equals("twitter") || source.equals("facebook") ? at.withOffsetSameInstant(ZoneOffset.UTC) : at;
    }

    /** Stars consistent with the tone, with the odd mismatch real reviews have (a 5 on a complaint). */
    private static Integer rating(String source, List<Intent> intents, Random rnd) {
        if (!Market.rated(source)) {
            return null;
        }
        double r = rnd.nextDouble();
        if (r < 0.03) {
            return 1 + rnd.nextInt(5);
        }
        if (intents.contains(Intent.CHURN_INTENT)) {
            return 1;
        }
        Intent first = intents.get(0);
        if (first.isTheme()) {
            return r < 0.6 ? 1 : 2;
        }
        return switch (first) {
            case POSITIVE -> r < 0.7 ? 5 : 4;
            case RECOVERY -> r < 0.5 ? 5 : 4;
            case NEUTRAL -> r < 0.5 ? 3 : r < 0.85 ? 4 : 2;
            default -> r < 0.55 ? 2 : r < 0.9 ? 1 : 3;
        };
    }

    /** The source's language tag: usually right, sometimes absent, occasionally wrong (an app's UI language). */
    private static String langHint(String textLang, String customerLang, Random rnd) {
        double r = rnd.nextDouble();
        if (r < 0.80) {
            return textLang;
        }
        if (r < 0.93) {
            return null;
        }
        if (!textLang.equals("en")) {
            return "en";
        }
        return customerLang.equals("en") ? SampleTextBank.SCORED_LANGUAGES.get(1 + rnd.nextInt(4)) : customerLang;
    }
}
