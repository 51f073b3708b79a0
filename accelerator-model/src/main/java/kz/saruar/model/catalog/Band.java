package kz.saruar.model.catalog;

import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A band of defense totals, both edges inclusive (DEF-07). */
@Cites("DEF-07")
public record Band(
        @Code String code,
        LocalizedText name,
        int from,
        int to) {
    /** Refuses nulls and copies lists. */
    public Band {
        Arguments.nonNull("code", code, "name", name);
    }
}
