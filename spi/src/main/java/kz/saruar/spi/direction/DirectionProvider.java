package kz.saruar.spi.direction;

import java.util.List;
import kz.saruar.spi.Provider;

/**
 * The extension point through which a regional center adds its own thematic directions to the
 * catalog (CAT-02).
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/kz.saruar.spi.direction.DirectionProvider} file in the plugin's jar)
 * or handed to the library in code. They need a public no-argument constructor for discovery.
 *
 * <p>Contract: {@link #directions()} returns the same list every time, each code matches
 * {@code [A-Z][A-Z0-9_]*} and is unique within the provider; a code that collides with a built-in
 * direction or another provider's is refused by the library with an error naming both providers.
 * A provider that throws, or returns an invalid definition, is reported and skipped; the others
 * still load. Providers are ordered by {@link Provider#priority()} (higher first), then by
 * {@link Provider#providerName()}; never by classpath order.
 */
public interface DirectionProvider extends Provider {
    /** The directions this provider adds. */
    List<DirectionDefinition> directions();

    /**
     * A provider of a fixed list, for handing directions to the library in code (a container, a
     * test) without a class of one's own.
     *
     * @throws NullPointerException if an argument or a definition is null
     */
    static DirectionProvider of(String providerName, int priority, List<DirectionDefinition> directions) {
        return new FixedDirections(providerName, priority, List.copyOf(directions));
    }
}
