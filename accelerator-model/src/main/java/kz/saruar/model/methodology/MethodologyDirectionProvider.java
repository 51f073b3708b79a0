package kz.saruar.model.methodology;

import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.Direction;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * The built-in direction provider: a methodology's own directions (CAT-01, the six of the
 * standard methodology) seen through the plugin interface, so that the same contract tests run on
 * the built-in directions and on a plugin's (CAT-02).
 */
public final class MethodologyDirectionProvider implements DirectionProvider {
    private final String name;
    private final List<Direction> directions;

    /** The directions that the methodology file itself states. */
    public MethodologyDirectionProvider(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        this.name = "methodology:" + methodology.id();
        this.directions = methodology.document().directions();
    }

    @Override
    public String providerName() {
        return name;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<DirectionDefinition> directions() {
        return directions.stream()
                .map(d -> new DirectionDefinition(d.code(), string(d.name()),
                        string(d.description().orElse(d.formLabel().orElse(d.name()))),
                        d.subThemes().stream().map(MethodologyDirectionProvider::string).toList()))
                .toList();
    }

    private static LocalizedString string(LocalizedText t) {
        return new LocalizedString(t.get(Language.KK), t.get(Language.RU), t.get(Language.EN));
    }
}
