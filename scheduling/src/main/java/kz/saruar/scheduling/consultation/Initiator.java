package kz.saruar.scheduling.consultation;

/** Who asked for a consultation: PRE-06 limits project-requested ones to 3 per expert, not those the expert initiates. */
public enum Initiator {
    /** The project (participant with mentor) requested it; counts toward the PRE-06 limit. */
    PROJECT,
    /** The expert initiated it; does not count toward the limit. */
    EXPERT
}
