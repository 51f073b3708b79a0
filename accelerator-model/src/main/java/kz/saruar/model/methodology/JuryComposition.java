package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** The jury's size and seats by role (DEF-03: 7 = 2 organizers + 3 external experts + 2 public figures). */
@Cites("DEF-03")
public record JuryComposition(
        @Positive int size,
        List<JurySeat> seats) {
    /** Refuses nulls and copies lists. */
    public JuryComposition {
        seats = ImmutableList.copyOf(Objects.requireNonNull(seats, "seats"));
    }
}
