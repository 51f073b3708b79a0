package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A behavioural strategy of the expert competency profile with its actions (EXP-05, M Table 3). */
@Cites("EXP-05")
public record ExpertCompetency(
        @Code String code,
        LocalizedText name,
        List<LocalizedText> actions) {
    /** Refuses nulls and copies lists. */
    public ExpertCompetency {
        Arguments.nonNull("code", code, "name", name);
        actions = ImmutableList.copyOf(Objects.requireNonNull(actions, "actions"));
    }
}
