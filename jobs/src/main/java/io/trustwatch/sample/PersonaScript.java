package io.trustwatch.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns a persona into a week-by-week plan of what the customer posts. This is where the ground truth
 * lives: a silent churner sours, states one trust breach and then never posts again; a loud churner
 * ends with an explicit statement of leaving; a recovered customer gets a fix and carries on.
 */
final class PersonaScript {

    /** One planned post: the week it falls in and what it says (one or two intents, in order). */
    record PlannedPost(int week, List<Intent> intents) {
    }

    /** The plan of one customer; {@code churnWeek} is {@code null} unless the persona churns. */
    record Plan(List<PlannedPost> posts, Integer churnWeek) {
    }

    static final int MIN_WEEKS = 8;

    private PersonaScript() {
    }

    static Plan plan(Persona persona, int weeks, Random rnd) {
        if (weeks < MIN_WEEKS) {
            throw new IllegalArgumentException("a simulation needs at least " + MIN_WEEKS + " weeks, got " + weeks);
        }
        Intent breach = Intent.themes().get(rnd.nextInt(Intent.themes().size()));
        return switch (persona) {
            case LOYAL_HAPPY -> loyal(weeks, rnd);
            case QUIET_HAPPY -> quiet(weeks, rnd);
            case LOUD_CHURNER -> loud(weeks, breach, rnd);
            case SILENT_CHURNER -> silent(weeks, breach, rnd);
            case RECOVERED -> recovered(weeks, breach, rnd);
        };
    }

    private static Plan loyal(int weeks, Random rnd) {
        List<PlannedPost> posts = new ArrayList<>();
        content(posts, 0, weeks, 0.45, 0.60, 0.30, 0.07, rnd);
        return new Plan(posts, null);
    }

    private static Plan quiet(int weeks, Random rnd) {
        List<PlannedPost> posts = new ArrayList<>();
        content(posts, 0, weeks, 0.08, 0.60, 0.40, 0.0, rnd);
        if (posts.isEmpty()) {
            posts.add(new PlannedPost(rnd.nextInt(weeks), List.of(rnd.nextBoolean() ? Intent.POSITIVE : Intent.NEUTRAL)));
        }
        return new Plan(posts, null);
    }

    private static Plan loud(int weeks, Intent breach, Random rnd) {
        int sours = between(weeks / 4, Math.min(weeks / 2, weeks - 5), rnd);
        int churn = between(sours + 2, weeks - 3, rnd);
        List<PlannedPost> posts = new ArrayList<>();
        content(posts, 0, sours, 0.40, 0.55, 0.35, 0.10, rnd);
        boolean breachStated = false;
        for (int w = sours; w < churn; w++) {
            for (int k = poisson(0.9, rnd); k > 0; k--) {
                Intent intent = souring(breach, 0.40, 0.20, 0.30, rnd);
                breachStated |= intent == breach;
                posts.add(new PlannedPost(w, withComplaint(intent, rnd)));
            }
        }
        if (!breachStated) {
            posts.add(new PlannedPost(sours, withComplaint(breach, rnd)));
        }
        posts.add(new PlannedPost(churn, rnd.nextDouble() < 0.4
                ? List.of(breach, Intent.CHURN_INTENT) : List.of(Intent.CHURN_INTENT)));
        return new Plan(posts, churn);
    }

    private static Plan silent(int weeks, Intent breach, Random rnd) {
        // Souring must leave room for the breach and at least three silent weeks after it.
        int sours = between(weeks / 5, Math.min(weeks / 2, weeks - 5), rnd);
        int last = between(sours + 1, weeks - 4, rnd);
        List<PlannedPost> posts = new ArrayList<>();
        content(posts, 0, sours, 0.35, 0.55, 0.35, 0.10, rnd);
        for (int w = sours; w < last; w++) {
            for (int k = poisson(0.45, rnd); k > 0; k--) {
                double r = rnd.nextDouble();
                Intent intent = r < 0.35 ? Intent.NEUTRAL : r < 0.80 ? Intent.NEGATIVE : r < 0.90 ? Intent.POSITIVE : otherTheme(breach, rnd);
                posts.add(new PlannedPost(w, List.of(intent)));
            }
        }
        posts.add(new PlannedPost(last, withComplaint(breach, rnd)));
        return new Plan(posts, last);
    }

    private static Plan recovered(int weeks, Intent breach, Random rnd) {
        int hit = between(weeks / 5, weeks - 6, rnd);
        int fixed = hit + 1 + rnd.nextInt(3);
        List<PlannedPost> posts = new ArrayList<>();
        content(posts, 0, hit, 0.40, 0.60, 0.32, 0.08, rnd);
        posts.add(new PlannedPost(hit, withComplaint(breach, rnd)));
        if (fixed > hit + 1 && rnd.nextBoolean()) {
            posts.add(new PlannedPost(hit + 1, List.of(rnd.nextBoolean() ? breach : Intent.NEGATIVE)));
        }
        posts.add(new PlannedPost(fixed, List.of(Intent.RECOVERY)));
        content(posts, fixed + 1, weeks, 0.40, 0.60, 0.35, 0.05, rnd);
        return new Plan(posts, null);
    }

    /** Ordinary activity: positive, neutral, generic negative, and rarely a theme (everyone has a bad day). */
    private static void content(List<PlannedPost> posts, int from, int to, double rate,
                                double positive, double neutral, double negative, Random rnd) {
        for (int w = from; w < to; w++) {
            for (int k = poisson(rate, rnd); k > 0; k--) {
                double r = rnd.nextDouble();
                Intent intent = r < positive ? Intent.POSITIVE
                        : r < positive + neutral ? Intent.NEUTRAL
                        : r < positive + neutral + negative ? Intent.NEGATIVE
                        : Intent.themes().get(rnd.nextInt(Intent.themes().size()));
                posts.add(new PlannedPost(w, List.of(intent)));
            }
        }
    }

    private static Intent souring(Intent breach, double pBreach, double pOther, double pNegative, Random rnd) {
        double r = rnd.nextDouble();
        if (r < pBreach) {
            return breach;
        }
        if (r < pBreach + pOther) {
            return otherTheme(breach, rnd);
        }
        return r < pBreach + pOther + pNegative ? Intent.NEGATIVE : Intent.NEUTRAL;
    }

    /** A theme post, sometimes followed by a generic complaint sentence, as angry posts often run on. */
    private static List<Intent> withComplaint(Intent intent, Random rnd) {
        return intent.isTheme() && rnd.nextDouble() < 0.3 ? List.of(intent, Intent.NEGATIVE) : List.of(intent);
    }

    private static Intent otherTheme(Intent breach, Random rnd) {
        List<Intent> themes = Intent.themes();
        Intent other = themes.get(rnd.nextInt(themes.size() - 1));
        return other.ordinal() >= breach.ordinal() ? themes.get(themes.indexOf(other) + 1) : other;
    }

    private static int between(int lo, int hi, Random rnd) {
        return hi <= lo ? lo : lo + rnd.nextInt(hi - lo + 1);
    }

    /** Knuth's method; rates here are below 1, so the loop is short. */
    private static int poisson(double lambda, Random rnd) {
        double limit = Math.exp(-lambda);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
