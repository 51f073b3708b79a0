package kz.saruar.model.catalog;

import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** A group of seats on the defense jury: a role and how many jurors hold it (DEF-03). */
@Cites("DEF-03")
public record JurySeat(
        @Code String role,
        @Positive int count,
        LocalizedText name) {
    /** Refuses nulls and copies lists. */
    public JurySeat {
        Arguments.nonNull("role", role, "name", name);
    }
}
