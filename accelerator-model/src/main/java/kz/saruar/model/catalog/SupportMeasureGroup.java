package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** The support measures of one type for one phase of a project's development (MAT-03). */
@Cites("MAT-03")
public record SupportMeasureGroup(
        @Code String phase,
        @Code String type,
        List<LocalizedText> measures) {
    /** Refuses nulls and copies lists. */
    public SupportMeasureGroup {
        Arguments.nonNull("phase", phase, "type", type);
        measures = ImmutableList.copyOf(Objects.requireNonNull(measures, "measures"));
    }
}
