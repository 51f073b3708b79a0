package kz.saruar.model.lifecycle;

import java.util.Objects;

/**
 * The outcome of a project's defense as the lifecycle receives it (DEF-05..07): the total, the
 * band, and whether it passed. {@code scoring} computes it; "passed" and "band" are separate
 * outputs (DEF-07 note).
 *
 * @param total the total over all jurors and criteria (DEF-05)
 * @param band the code of the band (DEF-07)
 * @param passed whether the total reached the pass threshold (DEF-06)
 */
public record DefenseOutcome(int total, String band, boolean passed) {
    /** Refuses a null band and a negative total. */
    public DefenseOutcome {
        Objects.requireNonNull(band, "band");
        if (total < 0) {
            throw new IllegalArgumentException("defense total is negative: " + total);
        }
    }

    /** An outcome. */
    public static DefenseOutcome of(int total, String band, boolean passed) {
        return new DefenseOutcome(total, band, passed);
    }
}
