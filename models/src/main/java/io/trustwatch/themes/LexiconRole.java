package io.trustwatch.themes;

/**
 * What the patterns of one lexicon file do. Each role has one file per language,
 * {@code lexicon/<lang>/<fileName>}; a missing file simply contributes no patterns.
 */
enum LexiconRole {
  SERVICE_FAILURE(ThemeCode.SERVICE_FAILURE),
  DISHONESTY(ThemeCode.DISHONESTY),
  PRIVACY_VIOLATION(ThemeCode.PRIVACY_VIOLATION),
  DATA_BREACH(ThemeCode.DATA_BREACH),
  CONFLICT_MISHANDLED(ThemeCode.CONFLICT_MISHANDLED),
  BROKEN_PROMISE(ThemeCode.BROKEN_PROMISE),
  TAKEN_FOR_GRANTED(ThemeCode.TAKEN_FOR_GRANTED),
  /** Explicit statements of leaving. */
  CHURN_INTENT(null, "churn_intent.txt"),
  /** Cues that negate a pattern starting shortly after them in the same clause. */
  NEGATION(null, "_negation.txt"),
  /** Cues that make the rest of their sentence hypothetical ("if", "in case"). */
  HYPOTHETICAL(null, "_hypothetical.txt"),
  /** Positive words that, close to a theme's evidence in the same clause, show it is praise. */
  PRAISE(null, "_praise.txt"),
  /** Optional: words that open a new clause ("but", "however"), bounding all scopes. */
  CONTRAST(null, "_contrast.txt");

  private final ThemeCode theme;
  private final String fileName;

  LexiconRole(ThemeCode theme) {
    this(theme, theme.code() + ".txt");
  }

  LexiconRole(ThemeCode theme, String fileName) {
    this.theme = theme;
    this.fileName = fileName;
  }

  /** @return the theme this role's patterns evidence, or null for churn intent and scope cues */
  ThemeCode theme() {
    return theme;
  }

  String fileName() {
    return fileName;
  }

  boolean isEvidence() {
    return theme != null || this == CHURN_INTENT;
  }
}
