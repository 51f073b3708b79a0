package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A diagnostic questionnaire, for the leader or for team and leader (MAT-05). */
@Cites("MAT-05")
public record Questionnaire(
        @Code String code,
        LocalizedText name,
        List<CatalogEntry> questions) {
    /** Refuses nulls and copies lists. */
    public Questionnaire {
        Arguments.nonNull("code", code, "name", name);
        questions = ImmutableList.copyOf(Objects.requireNonNull(questions, "questions"));
    }
}
