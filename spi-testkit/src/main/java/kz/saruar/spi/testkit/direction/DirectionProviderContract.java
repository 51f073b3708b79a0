package kz.saruar.spi.testkit.direction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DirectionProvider} keeps (CAT-02). A plugin's test implements this
 * interface and returns its provider; JUnit 5 runs the inherited tests:
 *
 * <pre>{@code
 * class UrbanismDirectionsTest implements DirectionProviderContract {
 *     public DirectionProvider provider() { return new UrbanismDirections(); }
 * }
 * }</pre>
 */
public interface DirectionProviderContract {
    /** The code pattern of every direction. */
    String CODE_PATTERN = "[A-Z][A-Z0-9_]*";

    /** The provider under test; a fresh instance each call is fine. */
    DirectionProvider provider();

    /** CAT-02: a provider has a name to be reported by. */
    @Test
    default void CAT_02_provider_has_a_name() {
        assertThat(provider().providerName()).isNotBlank();
    }

    /** CAT-02: a provider returns at least one direction, never null elements. */
    @Test
    default void CAT_02_provider_returns_directions() {
        List<DirectionDefinition> ds = provider().directions();
        assertThat(ds).isNotNull().isNotEmpty().doesNotContainNull();
    }

    /** CAT-02: codes are upper-case codes, unique within the provider. */
    @Test
    default void CAT_02_codes_are_well_formed_and_unique() {
        Set<String> seen = new HashSet<>();
        for (DirectionDefinition d : provider().directions()) {
            assertThat(d.code()).as("code").matches(CODE_PATTERN);
            assertThat(seen.add(d.code())).as("code %s is unique in the provider", d.code()).isTrue();
        }
    }

    /** CAT-02: names, descriptions and sub-themes are given in kk, ru and en, none blank. */
    @Test
    default void CAT_02_texts_are_trilingual_and_not_blank() {
        for (DirectionDefinition d : provider().directions()) {
            nonBlank(d.code() + ".name", d.name());
            nonBlank(d.code() + ".description", d.description());
            for (int i = 0; i < d.subThemes().size(); i++) {
                nonBlank(d.code() + ".subThemes[" + i + "]", d.subThemes().get(i));
            }
        }
    }

    /** CAT-02: the provider answers the same every time (the library may ask more than once). */
    @Test
    default void CAT_02_directions_are_stable() {
        DirectionProvider p = provider();
        assertThat(p.directions()).isEqualTo(p.directions());
    }

    private static void nonBlank(String where, LocalizedString s) {
        assertThat(s).as(where).isNotNull();
        assertThat(s.kk()).as(where + ".kk").isNotBlank();
        assertThat(s.ru()).as(where + ".ru").isNotBlank();
        assertThat(s.en()).as(where + ".en").isNotBlank();
    }
}
