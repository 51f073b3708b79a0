package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A defense criterion that every juror scores on the scale, with its level descriptors (DEF-04). */
@Cites("DEF-04")
public record Criterion(
        @Code String code,
        LocalizedText name,
        List<LevelDescriptor> levels) {
    /** Refuses nulls and copies lists. */
    public Criterion {
        Arguments.nonNull("code", code, "name", name);
        levels = ImmutableList.copyOf(Objects.requireNonNull(levels, "levels"));
    }
}
