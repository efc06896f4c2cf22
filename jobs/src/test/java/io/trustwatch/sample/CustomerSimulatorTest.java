package io.trustwatch.sample;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerSimulatorTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final int WEEKS = 16;
    private static final SimulatedSample SAMPLE = new CustomerSimulator().simulate(400, WEEKS, START, 99L);

    @Test
    void sameSeedGivesIdenticalSampleAndOtherSeedDoesNot() {
        SimulatedSample again = new CustomerSimulator().simulate(400, WEEKS, START, 99L);
        assertEquals(SAMPLE.posts(), again.posts());
        assertEquals(SAMPLE.customers(), again.customers());
        assertNotEquals(SAMPLE.posts(), new CustomerSimulator().simulate(400, WEEKS, START, 100L).posts());
    }

    @Test
    void anIncidentAddsThemePostsInItsWeekForItsBrandAndLanguageOnly() {
        Incident leak = new Incident("Qoro Bank", "ru", Intent.DATA_BREACH, -1, 0.8);
        SimulatedSample withLeak = new CustomerSimulator().simulate(400, WEEKS, START, 99L, List.of(leak));
        Set<SimulatedPost> before = new HashSet<>(SAMPLE.posts().stream().map(p -> p.withPostId(null)).toList());
        List<SimulatedPost> added = withLeak.posts().stream().map(p -> p.withPostId(null))
                .filter(p -> !before.contains(p)).toList();
        assertEquals(SAMPLE.posts().size() + added.size(), withLeak.posts().size(), "nothing else changed");
        assertTrue(added.size() >= 5, "added " + added.size());
        Map<String, SimulatedCustomer> byId = withLeak.customers().stream()
                .collect(Collectors.toMap(SimulatedCustomer::id, c -> c));
        LocalDate lastWeek = START.plusWeeks(WEEKS - 1);
        for (SimulatedPost p : added) {
            SimulatedCustomer c = byId.get(p.customerId());
            assertEquals("Qoro Bank", c.brand().name());
            assertEquals("ru", c.lang());
            assertEquals(List.of(Intent.DATA_BREACH), p.intents());
            LocalDate day = p.createdAt().atZoneSameInstant(c.zone()).toLocalDate();
            assertFalse(day.isBefore(lastWeek) || day.isAfter(lastWeek.plusDays(6)), day.toString());
            assertTrue(c.churnWeek() == null || c.churnWeek() > WEEKS - 1, "a customer who left does not post");
        }
        assertThrows(IllegalArgumentException.class, () -> new Incident("Qoro Bank", "ru", Intent.POSITIVE, -1, 0.5));
    }

    @Test
    void aCustomerDoesNotDependOnHowManyOthersAreSimulated() {
        SimulatedSample small = new CustomerSimulator().simulate(50, WEEKS, START, 99L);
        assertEquals(SAMPLE.customers().subList(0, 50), small.customers());
    }

    @Test
    void shortestWindowStillLeavesSilentChurnersThreeQuietWeeks() {
        SimulatedSample shortest = new CustomerSimulator().simulate(200, PersonaScript.MIN_WEEKS, START, 3L);
        for (SimulatedCustomer c : shortest.customers()) {
            if (c.persona() == Persona.SILENT_CHURNER) {
                assertTrue(c.churnWeek() <= PersonaScript.MIN_WEEKS - 4, c.id() + " churn week " + c.churnWeek());
            }
            if (c.persona() == Persona.LOUD_CHURNER) {
                assertTrue(c.churnWeek() < PersonaScript.MIN_WEEKS, c.id() + " churn week " + c.churnWeek());
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> new CustomerSimulator().simulate(10, PersonaScript.MIN_WEEKS - 1, START, 3L));
    }

    @Test
    void silentChurnersStatABreachThenGoQuietWithoutSayingTheyLeave() {
        List<SimulatedCustomer> silent = customers(Persona.SILENT_CHURNER);
        assertFalse(silent.isEmpty());
        for (SimulatedCustomer c : silent) {
            List<SimulatedPost> posts = postsOf(c);
            assertNotNull(c.churnWeek(), c.id());
            assertTrue(c.churnWeek() <= WEEKS - 4, c.id() + " must be silent for the last weeks");
            assertTrue(posts.stream().noneMatch(SimulatedPost::churnIntent), c.id() + " said they leave");
            assertTrue(posts.stream().noneMatch(p -> p.channel().equals(Market.PHONE)), c.id() + " called the company");
            assertTrue(posts.stream().allMatch(p -> localDate(p).isBefore(SAMPLE.weekStart(c.churnWeek() + 1))),
                    c.id() + " posted after the churn week");
            SimulatedPost last = posts.get(posts.size() - 1);
            assertTrue(last.intents().get(0).isTheme(), c.id() + " last post is not a trust breach: " + last.text());
            assertEquals(SAMPLE.weekStart(c.churnWeek()), weekOf(last), c.id());
        }
    }

    @Test
    void loudChurnersSayOnceThatTheyLeaveAndThatIsTheirLastPost() {
        List<SimulatedCustomer> loud = customers(Persona.LOUD_CHURNER);
        assertFalse(loud.isEmpty());
        for (SimulatedCustomer c : loud) {
            List<SimulatedPost> posts = postsOf(c);
            assertEquals(1, posts.stream().filter(SimulatedPost::churnIntent).count(), c.id());
            SimulatedPost last = posts.get(posts.size() - 1);
            assertTrue(last.churnIntent(), c.id());
            assertEquals(SAMPLE.weekStart(c.churnWeek()), weekOf(last), c.id());
            assertTrue(posts.stream().anyMatch(p -> p.intents().stream().anyMatch(Intent::isTheme)), c.id());
        }
    }

    @Test
    void recoveredCustomersGetAFixAfterTheBreachAndStay() {
        List<SimulatedCustomer> recovered = customers(Persona.RECOVERED);
        assertFalse(recovered.isEmpty());
        for (SimulatedCustomer c : recovered) {
            List<SimulatedPost> posts = postsOf(c);
            assertNull(c.churnWeek());
            int fix = indexOf(posts, Intent.RECOVERY);
            assertTrue(fix > 0, c.id() + " has no recovery after a first post");
            assertTrue(posts.subList(0, fix).stream().anyMatch(p -> p.intents().get(0).isTheme()), c.id());
            assertTrue(posts.stream().noneMatch(SimulatedPost::churnIntent), c.id());
        }
        long keepPosting = recovered.stream().filter(c -> {
            List<SimulatedPost> posts = postsOf(c);
            return indexOf(posts, Intent.RECOVERY) < posts.size() - 1;
        }).count();
        assertTrue(keepPosting > recovered.size() / 2, "most recovered customers keep posting after the fix");
    }

    @Test
    void happyCustomersStayAndQuietOnesPostLess() {
        for (Persona p : List.of(Persona.LOYAL_HAPPY, Persona.QUIET_HAPPY)) {
            for (SimulatedCustomer c : customers(p)) {
                assertNull(c.churnWeek());
                assertFalse(postsOf(c).isEmpty(), c.id());
                assertTrue(postsOf(c).stream().noneMatch(SimulatedPost::churnIntent), c.id());
            }
        }
        assertTrue(meanPosts(Persona.QUIET_HAPPY) * 2 < meanPosts(Persona.LOYAL_HAPPY));
    }

    @Test
    void everyLanguagePersonaThemeAndSentimentOccurs() {
        Set<String> langs = SAMPLE.customers().stream().map(SimulatedCustomer::lang).collect(Collectors.toSet());
        assertTrue(langs.containsAll(SampleTextBank.SCORED_LANGUAGES), langs.toString());
        assertTrue(langs.stream().anyMatch(SampleTextBank.DETECTED_ONLY_LANGUAGES::contains), langs.toString());
        assertEquals(Set.of(Persona.values()), SAMPLE.customers().stream().map(SimulatedCustomer::persona).collect(Collectors.toSet()));
        Set<Intent> intents = SAMPLE.posts().stream().flatMap(p -> p.intents().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(Intent.values()), intents);
        long en = SAMPLE.customers().stream().filter(c -> c.lang().equals("en")).count();
        assertTrue(en > 0.22 * 400 && en < 0.38 * 400, "English share off: " + en);
    }

    @Test
    void postsSatisfyTheInputContract() {
        Set<String> ids = new HashSet<>();
        LocalDateTime windowStart = START.atStartOfDay();
        LocalDateTime windowEnd = SAMPLE.end().plusDays(1).atStartOfDay();
        for (SimulatedPost p : SAMPLE.posts()) {
            assertTrue(ids.add(p.source() + "/" + p.postId()), "duplicate id " + p.postId());
            assertTrue(p.postId().matches("(as|gp|tw|rv|sv|fb)-\\d+"), p.postId());
            assertTrue(Market.SOURCES.contains(p.source()), p.source());
            assertFalse(p.text().isBlank());
            assertFalse(p.text().contains("{"), p.text());
            assertNotNull(p.customerId());
            assertNotNull(p.author());
            assertEquals(Market.rated(p.source()), p.rating() != null, p.postId());
            if (p.rating() != null) {
                assertTrue(p.rating() >= 1 && p.rating() <= 5, p.postId());
            }
            LocalDateTime local = p.createdAt().toLocalDateTime();
            LocalDateTime inCustomerZone = p.createdAt().atZoneSameInstant(zoneOf(p)).toLocalDateTime();
            assertFalse(inCustomerZone.isBefore(windowStart) || !inCustomerZone.isBefore(windowEnd), p.postId() + " " + local);
        }
        Map<Boolean, Long> hints = SAMPLE.posts().stream()
                .collect(Collectors.partitioningBy(p -> p.trueLang().equals(p.langHint()), Collectors.counting()));
        assertTrue(hints.get(true) > 0.7 * SAMPLE.posts().size(), "lang hints should be mostly right");
        assertTrue(SAMPLE.posts().stream().anyMatch(p -> p.langHint() == null));
        assertTrue(SAMPLE.posts().stream().anyMatch(p -> p.langHint() != null && !p.langHint().equals(p.trueLang())));
    }

    @Test
    void sentencesOfOnePostAreSeparated() {
        assertEquals("Nobody answers. Bad. Just bad.", CustomerSimulator.joined(List.of("Nobody answers", "Bad. Just bad."), "en"));
        assertEquals("Ok! Fine", CustomerSimulator.joined(List.of("Ok!", "Fine"), "en"));
        assertEquals("ما انحلت، زهقت", CustomerSimulator.joined(List.of("ما انحلت", "زهقت"), "ar"));
        assertEquals("only one", CustomerSimulator.joined(List.of("only one"), "tr"));
    }

    @Test
    void ratingsFollowTheTone() {
        double positive = meanRating("positive");
        double negative = meanRating("negative");
        assertTrue(positive > 4.0 && negative < 2.3, "positive " + positive + ", negative " + negative);
    }

    private static double meanRating(String sentiment) {
        return SAMPLE.posts().stream().filter(p -> p.rating() != null && p.sentiment().equals(sentiment))
                .mapToInt(SimulatedPost::rating).average().orElseThrow();
    }

    private static java.time.ZoneId zoneOf(SimulatedPost p) {
        return SAMPLE.customers().stream().filter(c -> c.id().equals(p.customerId())).findFirst().orElseThrow().zone();
    }

    private static List<SimulatedCustomer> customers(Persona persona) {
        return SAMPLE.customers().stream().filter(c -> c.persona() == persona).toList();
    }

    private static List<SimulatedPost> postsOf(SimulatedCustomer c) {
        return SAMPLE.posts().stream().filter(p -> p.customerId().equals(c.id())).toList();
    }

    private static double meanPosts(Persona persona) {
        return customers(persona).stream().mapToInt(c -> postsOf(c).size()).average().orElseThrow();
    }

    private static int indexOf(List<SimulatedPost> posts, Intent intent) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).intents().contains(intent)) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate localDate(SimulatedPost p) {
        return p.createdAt().atZoneSameInstant(zoneOf(p)).toLocalDate();
    }

    private static LocalDate weekOf(SimulatedPost p) {
        LocalDate d = localDate(p);
        return START.plusWeeks(java.time.temporal.ChronoUnit.WEEKS.between(START, d));
    }
}
