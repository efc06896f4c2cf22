package io.trustwatch.sample;

import java.util.Arrays;
import java.util.List;

/**
 * What a sample sentence is meant to express. The theme intents carry the public theme code of
 * DESIGN.md so that generated ground truth can be compared with scored output directly.
 */
public enum Intent {
    POSITIVE(null),
    NEUTRAL(null),
    NEGATIVE(null),
    SERVICE_FAILURE("service_failure"),
    DISHONESTY("dishonesty"),
    PRIVACY_VIOLATION("privacy_violation"),
    DATA_BREACH("data_breach"),
    CONFLICT_MISHANDLED("conflict_mishandled"),
    BROKEN_PROMISE("broken_promise"),
    TAKEN_FOR_GRANTED("taken_for_granted"),
    /** An explicit statement of leaving: cancel, close the account, switch, never again. */
    CHURN_INTENT(null),
    /** The company fixed the problem and the customer stays. */
    RECOVERY(null);

    private final String themeCode;

    Intent(String themeCode) {
        this.themeCode = themeCode;
    }

    /** The trust-theme code (e.g. {@code service_failure}), or {@code null} if this intent is not a theme. */
    public String themeCode() {
        return themeCode;
    }

    public boolean isTheme() {
        return themeCode != null;
    }

    /** The seven trust-breaking themes, in declaration order. */
    public static List<Intent> themes() {
        return Arrays.stream(values()).filter(Intent::isTheme).toList();
    }

    /** The sentiment a reader would give a sentence of this intent. */
    public String sentiment() {
        return switch (this) {
            case POSITIVE, RECOVERY -> "positive";
            case NEUTRAL -> "neutral";
            default -> "negative";
        };
    }

    /** The sentiment of a post made of these intents: negative if any part is, else that of its first part. */
    public static String sentimentOf(List<Intent> intents) {
        return intents.stream().anyMatch(i -> i.sentiment().equals("negative")) ? "negative" : intents.get(0).sentiment();
    }
}
