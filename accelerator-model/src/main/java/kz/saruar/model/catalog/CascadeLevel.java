package kz.saruar.model.catalog;

import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A level of the cascade model, volunteer to manager (EXT-05). */
@Cites("EXT-05")
public record CascadeLevel(
        @Code String code,
        LocalizedText name,
        boolean paid) {
    /** Refuses nulls and copies lists. */
    public CascadeLevel {
        Arguments.nonNull("code", code, "name", name);
    }
}
