package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one post, whether a piece of evidence is negated, hypothetical or praise.
 * Evidence may span a sentence ("promised a refund, but never sent it"); negation and praise
 * act only within the clause of the evidence word they stand next to.
 *
 * <p>A cue word that a strong evidence pattern (weight >= the threshold) matched as one of its
 * terms is part of that evidence,
 * not a scope: in "they never called back and ignored my emails" the "never" belongs to "never
 * called back" and must not negate "ignored my emails". A cue in a pattern's {@code ~N} gap does
 * act ("the staff were not rude", "staff were friendly and the food terrible"). A negation spent
 * on a praise word ("not great and slow") negates nothing after it, and a negated praise word is
 * not praise.
 */
final class PostScopes {

  /** Most words allowed between a negation cue and a term of the evidence it negates. */
  static final int NEGATION_REACH = 3;
  /** Most words allowed between a praise cue and a term of the evidence it turns into praise. */
  static final int PRAISE_REACH = 3;

  private final PreparedPost post;
  private final List<PatternHit> negations = new ArrayList<>();
  private final List<PatternHit> hypotheticals = new ArrayList<>();
  private final List<PatternHit> praises = new ArrayList<>();
  private final List<PatternHit> praiseWords = new ArrayList<>();

  PostScopes(PreparedPost post, List<PatternHit> hits) {
    this.post = post;
    // Only evidence strong enough to stand alone owns its cue words; a weak pattern such as
    // "staff ~6 not" must not stop "not" from negating "rude" next to it.
    List<PatternHit> evidence = new ArrayList<>();
    for (PatternHit h : hits) {
      if (h.pattern().role().isEvidence() && h.pattern().weight() >= LexiconThemeTagger.THRESHOLD) {
        evidence.add(h);
      }
    }
    for (PatternHit h : hits) {
      if (partOfEvidence(h, evidence)) {
        continue;
      }
      switch (h.pattern().role()) {
        case NEGATION -> negations.add(h);
        case HYPOTHETICAL -> hypotheticals.add(h);
        case PRAISE -> praiseWords.add(h);
        default -> { }
      }
    }
    for (PatternHit h : praiseWords) {
      if (!negatedCue(h)) {
        praises.add(h);
      }
    }
  }

  /** A free negation cue ends at most {@link #NEGATION_REACH} words before one of the evidence's terms. */
  boolean negated(PatternHit evidence) {
    for (PatternHit cue : negations) {
      if (evidence.matchedAt(cue.from())) {
        continue;
      }
      for (int m : evidence.matched()) {
        int between = m - cue.to();
        if (between >= 0 && between <= NEGATION_REACH && sameClause(cue, m) && !spentOnPraise(cue, m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A hypothetical cue precedes the evidence's last term in the same sentence ("if they leak my
   * data ..."). With {@code wholeSentence} a cue after it counts too ("I'll cancel if they don't
   * fix it"), because a conditional threat to leave is not a statement of leaving.
   */
  boolean hypothetical(PatternHit evidence, boolean wholeSentence) {
    for (PatternHit cue : hypotheticals) {
      if (post.sentence[cue.from()] == post.sentence[evidence.from()]
          && (wholeSentence || cue.to() <= evidence.to())) {
        return true;
      }
    }
    return false;
  }

  /** A praise word within {@link #PRAISE_REACH} words of one of the evidence's terms, same clause. */
  boolean praised(PatternHit evidence) {
    for (PatternHit cue : praises) {
      if (evidence.matchedAt(cue.from())) {
        continue;
      }
      for (int m : evidence.matched()) {
        int between = cue.from() > m ? cue.from() - m - 1 : m - cue.to();
        if (between >= 0 && between <= PRAISE_REACH && sameClause(cue, m)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean spentOnPraise(PatternHit cue, int term) {
    for (PatternHit p : praiseWords) {
      if (p.from() >= cue.to() && p.to() <= term) {
        return true;
      }
    }
    return false;
  }

  private boolean negatedCue(PatternHit praise) {
    for (PatternHit cue : negations) {
      int between = praise.from() - cue.to();
      if (between >= 0 && between <= 1 && sameClause(cue, praise.from())) {
        return true;
      }
    }
    return false;
  }

  private boolean sameClause(PatternHit cue, int token) {
    return post.clause[cue.from()] == post.clause[token];
  }

  /** @return true if every token of the cue was matched as a term of some evidence pattern */
  private static boolean partOfEvidence(PatternHit cue, List<PatternHit> evidence) {
    for (PatternHit e : evidence) {
      boolean all = true;
      for (int t : cue.matched()) {
        all &= e.matchedAt(t);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
