package kz.saruar.model.application;

/** The outcome of one eligibility check of a rule (APP-01..08, DEF-12). */
public enum CheckStatus {
    /** The requirement is met. */
    PASSED,
    /** The requirement is not met: the application is not eligible. */
    FAILED,
    /** The requirement cannot be decided until evidence is given. */
    NEEDS_EVIDENCE
}
