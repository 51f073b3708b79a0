package kz.saruar.scheduling.consultation;

/** Individual consultation (PRE-06) or group consultation (PRE-07). */
public enum ConsultationKind {
    /** One project with one expert. */
    INDIVIDUAL,
    /** Several projects with one expert, initiated by the expert or requested in writing and accepted. */
    GROUP
}
