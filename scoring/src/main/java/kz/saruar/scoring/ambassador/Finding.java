package kz.saruar.scoring.ambassador;

import kz.saruar.model.Arguments;

/**
 * An expert's finding on one brand-ambassador criterion (EXT-02): met or not met, and why.
 *
 * @param criterion the criterion code, e.g. {@code READINESS_TO_SCALE}
 * @param met whether the project meets it
 * @param justification the expert's justification (never blank in an accepted assessment)
 */
public record Finding(String criterion, boolean met, String justification) {
    /** Refuses nulls. */
    public Finding {
        Arguments.nonNull("criterion", criterion, "justification", justification);
    }

    /** A criterion met, with the justification. */
    public static Finding met(String criterion, String justification) {
        return new Finding(criterion, true, justification);
    }

    /** A criterion not met, with the justification. */
    public static Finding notMet(String criterion, String justification) {
        return new Finding(criterion, false, justification);
    }
}
