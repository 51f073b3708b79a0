package kz.saruar.simulation;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kz.saruar.model.Arguments;

/**
 * One synthetic applicant of a simulated intake (APP-03) and its latent qualities, drawn once per
 * seed so that two methodologies judge the very same applicants. The qualities are never shown to
 * the rules; they only shape what the application, the interview, the jury and the team do.
 *
 * @param id          the project's ID, {@code P0001} …
 * @param direction   the CAT-01 direction code
 * @param quality     the idea's quality, N(direction shift, 1)
 * @param capacity    the team's capacity and discipline, N(0, 1)
 * @param care        how carefully the documents are prepared, N(0, 1)
 * @param teamOfTwo   whether the team has only two people (APP-02)
 * @param minor       whether a team member is under 18 (APP-02)
 * @param submittedOn the day of submission within the intake window (APP-09)
 * @param seed        the seed of this applicant's own noise (interview, jury, dropout, …)
 */
public record Applicant(String id, String direction, double quality, double capacity, double care,
        boolean teamOfTwo, boolean minor, LocalDate submittedOn, long seed) {

    /** Refuses nulls. */
    public Applicant {
        Arguments.nonNull("id", id, "direction", direction, "submittedOn", submittedOn);
    }

    /** A standard normal draw of this applicant for a phase and an index, the same under every methodology. */
    public double normal(Phase phase, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + phase.ordinal() * 1_000_003L + index).nextGaussian();
    }

    /** A uniform draw in [0, 1) of this applicant for a phase and an index. */
    public double uniform(Phase phase, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + phase.ordinal() * 1_000_003L + index).nextDouble();
    }

    /** The independent noise streams of an applicant, one per step of the cohort. */
    public enum Phase {
        /** APP-05 concept. */
        CONCEPT,
        /** APP-07 selection criteria. */
        SELECTION,
        /** APP-08, APP-10 primary interview. */
        INTERVIEW,
        /** PRE-09 expulsion. */
        EXPULSION,
        /** PRE-05, PRE-06 consultation choices. */
        CONSULTATION,
        /** DEF-04, DEF-05 jury noise, index = juror × criteria + criterion. */
        JURY,
        /** DEF-11 voluntary application. */
        APPLY,
        /** DEF-12 tasks of the individual plan. */
        TASKS,
        /** ACC-01 acceleration dropout. */
        ACCELERATION,
        /** EXT-02 ambassador criteria. */
        AMBASSADOR,
        /** LFT market activity. */
        MARKET
    }
}
