package kz.saruar.spi.direction;

import java.util.List;
import java.util.Objects;

/** A {@link DirectionProvider} of a fixed list, made by {@link DirectionProvider#of}. */
record FixedDirections(String providerName, int priority, List<DirectionDefinition> directions) implements DirectionProvider {
    FixedDirections {
        Objects.requireNonNull(providerName, "providerName");
    }
}
