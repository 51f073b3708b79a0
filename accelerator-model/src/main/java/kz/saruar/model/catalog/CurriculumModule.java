package kz.saruar.model.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** A module of a program's curriculum; its length in clock hours (the seed's "Длительность: 2,5 часа") is unknown where the seed gives none (ACC-02). */
@Cites("ACC-02")
public record CurriculumModule(
        @Code String code,
        LocalizedText name,
        @Positive Optional<BigDecimal> hours) {
    /** Refuses nulls and copies lists. */
    public CurriculumModule {
        Arguments.nonNull("code", code, "name", name, "hours", hours);
    }
}
