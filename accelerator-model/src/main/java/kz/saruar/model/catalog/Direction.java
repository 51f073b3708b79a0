package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A thematic direction of the competition (CAT-01), or one a plugin adds (CAT-02). */
@Cites("CAT-01")
public record Direction(
        @Code String code,
        LocalizedText name,
        Optional<LocalizedText> formLabel,
        Optional<LocalizedText> description,
        List<LocalizedText> subThemes) {
    /** Refuses nulls and copies lists. */
    public Direction {
        Arguments.nonNull("code", code, "name", name, "formLabel", formLabel, "description", description);
        subThemes = ImmutableList.copyOf(Objects.requireNonNull(subThemes, "subThemes"));
    }
}
