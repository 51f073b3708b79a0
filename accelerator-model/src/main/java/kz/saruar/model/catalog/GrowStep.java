package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A step of the GROW coaching model with its questions (ACC-05). */
@Cites("ACC-05")
public record GrowStep(
        @Code String code,
        LocalizedText name,
        List<LocalizedText> questions) {
    /** Refuses nulls and copies lists. */
    public GrowStep {
        Arguments.nonNull("code", code, "name", name);
        questions = ImmutableList.copyOf(Objects.requireNonNull(questions, "questions"));
    }
}
