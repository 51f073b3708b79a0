package kz.saruar.model.catalog;

import java.util.Objects;
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
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
