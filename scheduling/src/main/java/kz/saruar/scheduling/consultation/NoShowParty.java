package kz.saruar.scheduling.consultation;

/** Who did not come to a consultation (PRE-06 no-shows recorded). */
public enum NoShowParty {
    /** The project's participants. */
    PROJECT,
    /** The expert. */
    EXPERT
}
