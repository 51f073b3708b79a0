package kz.saruar.model.diagnostics;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.catalog.FocusArea;

/**
 * One focus area on a project's draft individual trajectory (MAT-07), a first row of its
 * individual plan (PRE-04).
 *
 * @param focusArea the focus area with its expected results
 * @param rating the project's rating in it, if rated
 */
public record TrajectoryItem(FocusArea focusArea, Optional<Integer> rating) {
    /** Refuses nulls. */
    public TrajectoryItem {
        Arguments.nonNull("focusArea", focusArea, "rating", rating);
    }
}
