package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** An acceleration focus area with its expected results (MAT-07). */
@Cites("MAT-07")
public record FocusArea(
        @Code String code,
        LocalizedText name,
        List<LocalizedText> results) {
    /** Refuses nulls and copies lists. */
    public FocusArea {
        Arguments.nonNull("code", code, "name", name);
        results = ImmutableList.copyOf(Objects.requireNonNull(results, "results"));
    }
}
