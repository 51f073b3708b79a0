package kz.saruar.model.diagnostics;

import java.util.Objects;
import java.util.Optional;
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
        Objects.requireNonNull(focusArea, "focusArea");
        Objects.requireNonNull(rating, "rating");
    }
}
