package kz.saruar.model.diagnostics;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;

/**
 * How far the project already is in one acceleration focus area (MAT-07), 0..3 like an answer; a
 * rating below 2 puts the area on the draft trajectory.
 *
 * @param focusArea the focus area's code
 * @param score the rating, 0..3
 */
@Cites("MAT-07")
public record FocusAreaRating(@Code String focusArea, @NonNegative int score) {
    /** Refuses null. */
    public FocusAreaRating {
        Objects.requireNonNull(focusArea, "focusArea");
    }
}
