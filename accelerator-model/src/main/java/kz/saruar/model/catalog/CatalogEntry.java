package kz.saruar.model.catalog;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Code;

/** A named item of the methodology's reference lists (principles, expert areas, funding sources, problems, …). */
public record CatalogEntry(
        @Code String code,
        LocalizedText name,
        Optional<LocalizedText> description) {
    /** Refuses nulls and copies lists. */
    public CatalogEntry {
        Arguments.nonNull("code", code, "name", name, "description", description);
    }
}
