package kz.saruar.scheduling.consultation;

/** Where a consultation stands (PRE-06 cancel/reschedule policy [default], no-shows). */
public enum ConsultationStatus {
    /** Booked and still ahead. */
    BOOKED,
    /** Took place. */
    HELD,
    /** Cancelled with enough notice: does not count. */
    CANCELLED,
    /** Cancelled with too little notice: counted as held [default ≥ 24 h]. */
    CANCELLED_LATE,
    /** The project did not come: counted as held [default]. */
    NO_SHOW_PROJECT,
    /** The expert did not come: does not count against the project. */
    NO_SHOW_EXPERT;

    /** Whether the consultation still occupies its time (experts and projects are busy). */
    public boolean occupiesTime() {
        return this == BOOKED || this == HELD;
    }

    /** Whether it counts toward the PRE-06 limit of consultations per expert and project. */
    public boolean countsTowardLimit() {
        return this == BOOKED || this == HELD || this == CANCELLED_LATE || this == NO_SHOW_PROJECT;
    }
}
