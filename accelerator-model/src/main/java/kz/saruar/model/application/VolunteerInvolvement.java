package kz.saruar.model.application;

/** How volunteers take part in the project, field 15 of the project form (APP-03). */
public enum VolunteerInvolvement {
    /** No volunteers. */
    NONE,
    /** Volunteers from time to time. */
    EPISODIC,
    /** Volunteers permanently. */
    PERMANENT
}
