package kz.saruar.scoring.stats;

import java.util.Objects;

/**
 * How strict a juror scores relative to the rest of the panel (informational; never changes an
 * official total, DEF-05): the mean, over the projects the juror scored together with others, of
 * the juror's sheet total minus the mean sheet total of the other jurors on that project. Negative
 * means stricter than the panel, positive more lenient.
 *
 * @param jurorId the juror
 * @param projectsCompared how many projects entered the mean
 * @param meanDeviation the mean deviation in points per sheet (0 when no project was compared)
 */
public record JurorSeverity(String jurorId, int projectsCompared, double meanDeviation) {
    /** Refuses null. */
    public JurorSeverity {
        Objects.requireNonNull(jurorId, "jurorId");
    }
}
