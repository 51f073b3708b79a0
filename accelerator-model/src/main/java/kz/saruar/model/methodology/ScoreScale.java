package kz.saruar.model.methodology;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.NonNegative;
import kz.saruar.model.validation.Positive;

/** The scale on which a juror scores each criterion, both ends inclusive (DEF-04: 1, 2 or 3). */
@Cites("DEF-04")
public record ScoreScale(
        @NonNegative int min,
        @Positive int max) {
    /** Refuses nulls and copies lists. */
    public ScoreScale {

    }
}
