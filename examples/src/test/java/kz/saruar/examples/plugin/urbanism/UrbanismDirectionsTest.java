package kz.saruar.examples.plugin.urbanism;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.direction.DirectionProvider;
import kz.saruar.spi.testkit.direction.DirectionProviderContract;
import org.junit.jupiter.api.Test;

/** The example plugin keeps the contract and is discovered through META-INF/services (CAT-02). */
class UrbanismDirectionsTest implements DirectionProviderContract {
    @Override
    public DirectionProvider provider() {
        return new UrbanismDirections();
    }

    @Test
    void CAT_02_urbanism_is_discovered_on_the_classpath_and_appears_in_the_catalog() {
        Methodology m = Methodology.loader().standard().orElseThrow();
        assertThat(m.direction("URBANISM")).hasValueSatisfying(d -> {
            assertThat(d.name().get(Language.KK)).isEqualTo("Урбанистика");
            assertThat(d.subThemes()).hasSize(5);
        });
        assertThat(m.directionSource("URBANISM")).contains("example:urbanism");
        assertThat(Methodology.standard().direction("URBANISM")).isPresent();
    }
}
