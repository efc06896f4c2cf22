package io.trustwatch.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one post, whether a piece of evidence is negated, hypothetical or praise.
 *
 * <p>A cue word that lies inside an evidence hit is part of that evidence, not a scope: in
 * "they never called back and ignored my emails" the "never" belongs to "never called back" and
 * must not negate "ignored my emails". A praise cue right after a negation ("not helpful") is
 * not praise.
 */
final class PostScopes {

  /** Most words allowed between a negation cue and the evidence it negates. */
  static final int NEGATION_REACH = 3;
  /** Most words allowed between a praise cue and the evidence it turns into praise. */
  static final int PRAISE_REACH = 3;

  private final PreparedPost post;
  private final List<PatternHit> negations = new ArrayList<>();
  private final List<PatternHit> hypotheticals = new ArrayList<>();
  private final List<PatternHit> praises = new ArrayList<>();
  /** Praise words even when negated: a negation that lands on one ("not great and slow") is spent. */
  private final List<PatternHit> praiseWords = new ArrayList<>();

  PostScopes(PreparedPost post, List<PatternHit> hits) {
    this.post = post;
    List<PatternHit> evidence = new ArrayList<>();
    for (PatternHit h : hits) {
      if (h.pattern().role().isEvidence()) {
        evidence.add(h);
      }
    }
    for (PatternHit h : hits) {
      switch (h.pattern().role()) {
        case NEGATION -> addIfFree(h, evidence, negations);
        case HYPOTHETICAL -> addIfFree(h, evidence, hypotheticals);
        default -> { }
      }
    }
    for (PatternHit h : hits) {
      if (h.pattern().role() == LexiconRole.PRAISE && !insideAny(h, evidence)) {
        praiseWords.add(h);
        if (!negatedCue(h)) {
          praises.add(h);
        }
      }
    }
  }

  /** A negation cue ends shortly before the evidence, in the same clause. */
  boolean negated(PatternHit evidence) {
    for (PatternHit cue : negations) {
      int between = evidence.from() - cue.to();
      if (between >= 0 && between <= NEGATION_REACH && sameClause(cue, evidence)
          && !spentOnPraise(cue, evidence)) {
        return true;
      }
    }
    return false;
  }

  private boolean spentOnPraise(PatternHit cue, PatternHit evidence) {
    for (PatternHit p : praiseWords) {
      if (p.from() >= cue.to() && p.to() <= evidence.from()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A hypothetical cue precedes the evidence in the same sentence ("if they leak my data ...").
   * With {@code wholeSentence}, a cue after it counts too ("I'll cancel if they don't fix it"),
   * because a conditional threat to leave is not a statement of leaving.
   */
  boolean hypothetical(PatternHit evidence, boolean wholeSentence) {
    for (PatternHit cue : hypotheticals) {
      if (post.sentence[cue.from()] != post.sentence[evidence.from()] || cue.overlaps(evidence)) {
        continue;
      }
      if (wholeSentence || cue.to() <= evidence.from()) {
        return true;
      }
    }
    return false;
  }

  /** A praise word close to the evidence in the same clause ("fast delivery, great support"). */
  boolean praised(PatternHit evidence) {
    for (PatternHit cue : praises) {
      if (!sameClause(cue, evidence) || cue.overlaps(evidence)) {
        continue;
      }
      int between = cue.from() >= evidence.to() ? cue.from() - evidence.to() : evidence.from() - cue.to();
      if (between <= PRAISE_REACH) {
        return true;
      }
    }
    return false;
  }

  private boolean negatedCue(PatternHit praise) {
    for (PatternHit cue : negations) {
      int between = praise.from() - cue.to();
      if (between >= 0 && between <= 1 && sameClause(cue, praise)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameClause(PatternHit a, PatternHit b) {
    return post.clause[a.from()] == post.clause[b.from()];
  }

  private static void addIfFree(PatternHit cue, List<PatternHit> evidence, List<PatternHit> into) {
    if (!insideAny(cue, evidence)) {
      into.add(cue);
    }
  }

  private static boolean insideAny(PatternHit cue, List<PatternHit> evidence) {
    for (PatternHit e : evidence) {
      if (cue.from() >= e.from() && cue.to() <= e.to()) {
        return true;
      }
    }
    return false;
  }
}
