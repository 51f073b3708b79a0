package kz.saruar.community.impact;

/** A link of the theory of change (HUB-03, M II.2.1), in the chain's order. */
public enum ResultLevel {
    /** Resources put in. */
    INPUT,
    /** What the project does. */
    ACTIVITY,
    /** Direct, countable results (APP-05 "direct results"). */
    OUTPUT,
    /** Changes for the people served. */
    OUTCOME,
    /** The lasting social effect (APP-05, DEF-02 "social effect"). */
    IMPACT
}
