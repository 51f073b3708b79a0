package kz.saruar.spi.direction;

import java.util.List;
import java.util.Objects;
import kz.saruar.spi.LocalizedString;

/**
 * A thematic direction that a plugin adds to the catalog (CAT-02), e.g. Urbanism.
 *
 * @param code an upper-case code such as {@code URBANISM}, unique across the built-in directions
 *     and every provider
 * @param name the direction's name in kk/ru/en
 * @param description what the direction covers
 * @param subThemes the direction's sub-themes, in order
 */
public record DirectionDefinition(String code, LocalizedString name, LocalizedString description,
        List<LocalizedString> subThemes) {
    /** Copies the sub-themes; refuses nulls. */
    public DirectionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        subThemes = List.copyOf(Objects.requireNonNull(subThemes, "subThemes"));
    }
}
