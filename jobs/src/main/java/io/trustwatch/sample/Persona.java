package io.trustwatch.sample;

/** Ground-truth behaviour of a simulated customer over the simulation window. */
public enum Persona {
    /** Posts regularly, mostly content. */
    LOYAL_HAPPY("loyal_happy", false),
    /** Content but rarely posts. */
    QUIET_HAPPY("quiet_happy", false),
    /** Tone sours, complains, then says explicitly that they leave. */
    LOUD_CHURNER("loud_churner", true),
    /** Tone sours, one trust breach, then silence for the rest of the window; never says they leave. */
    SILENT_CHURNER("silent_churner", true),
    /** Suffers a breach, the company fixes it, keeps posting normally. */
    RECOVERED("recovered", false);

    private final String label;
    private final boolean churns;

    Persona(String label, boolean churns) {
        this.label = label;
        this.churns = churns;
    }

    /** The label written to labels.csv. */
    public String label() {
        return label;
    }

    public boolean churns() {
        return churns;
    }
}
