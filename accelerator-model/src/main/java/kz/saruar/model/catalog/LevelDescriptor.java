package kz.saruar.model.catalog;

import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;

/** What a score means for one criterion: Table 4's level descriptor (DEF-04). */
@Cites("DEF-04")
public record LevelDescriptor(
        int score,
        LocalizedText descriptor) {
    /** Refuses nulls and copies lists. */
    public LevelDescriptor {
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
