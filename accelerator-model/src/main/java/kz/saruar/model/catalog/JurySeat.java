package kz.saruar.model.catalog;

import java.util.Objects;
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
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }
}
