package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;
import kz.saruar.spi.testkit.direction.DirectionProviderContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CAT-02: regional directions through the plugin interface. */
class DirectionPluginsTest {

    static DirectionProvider provider(String name, int priority, String... codes) {
        return DirectionProvider.of(name, priority, java.util.Arrays.stream(codes).map(c -> new DirectionDefinition(c,
                LocalizedString.of(c + " kk", c + " ru", c + " en"),
                LocalizedString.of("сипаттама", "описание", "description"), List.of())).toList());
    }

    @Test
    void CAT_02_a_provider_handed_in_code_adds_its_directions_after_the_built_in_ones() {
        Methodology m = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(provider("region:almaty", 0, "URBANISM")).standard().orElseThrow();
        assertThat(m.directions()).hasSize(7);
        assertThat(m.directions().get(6).code()).isEqualTo("URBANISM");
        assertThat(m.directionSource("URBANISM")).contains("region:almaty");
        assertThat(m.directionSource("ECOLOGY")).contains("methodology:KIOR_2020");
        assertThat(m.direction("URBANISM").orElseThrow().name().get(Language.KK)).isEqualTo("URBANISM kk");
    }

    @Test
    void CAT_02_providers_are_ordered_by_priority_then_name_never_by_registration_order() {
        Methodology a = Methodology.loader().withoutDiscovery().withDirectionProviders(
                provider("b", 0, "B_DIR"), provider("a", 0, "A_DIR"), provider("z", 5, "Z_DIR"))
                .standard().orElseThrow();
        Methodology b = Methodology.loader().withoutDiscovery().withDirectionProviders(
                provider("z", 5, "Z_DIR"), provider("a", 0, "A_DIR"), provider("b", 0, "B_DIR"))
                .standard().orElseThrow();
        assertThat(a.directions()).extracting(d -> d.code()).endsWith("Z_DIR", "A_DIR", "B_DIR");
        assertThat(a.directions()).isEqualTo(b.directions());
    }

    @Test
    void CAT_02_a_code_that_collides_with_a_built_in_is_an_error_naming_both_providers() {
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(provider("region:shymkent", 0, "ECOLOGY")).standard();
        assertThat(r.accepted()).isFalse();
        assertThat(r.reasons()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DUPLICATE_CODE");
            assertThat(p.rule().value()).isEqualTo("CAT-02");
            assertThat(p.message().get(Language.EN)).contains("methodology:KIOR_2020").contains("region:shymkent");
        });
    }

    @Test
    void CAT_02_a_code_that_collides_between_two_providers_names_both() {
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().withDirectionProviders(
                provider("region:a", 0, "URBANISM"), provider("region:b", 0, "URBANISM")).standard();
        assertThat(r.reasons()).singleElement().satisfies(p ->
                assertThat(p.message().get(Language.EN)).contains("region:a").contains("region:b"));
    }

    @Test
    void CAT_02_a_broken_provider_is_reported_and_skipped_not_fatal() {
        DirectionProvider broken = new DirectionProvider() {
            @Override
            public List<DirectionDefinition> directions() {
                throw new IllegalStateException("database is down");
            }
        };
        Methodology m = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(broken, provider("region:ok", 0, "URBANISM")).standard().orElseThrow();
        assertThat(m.directions()).extracting(d -> d.code()).contains("URBANISM");
        assertThat(m.warnings()).singleElement().asString().contains("database is down");
    }

    @Test
    void CAT_02_a_provider_with_a_malformed_code_is_skipped_with_a_warning() {
        Methodology m = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(provider("region:bad", 0, "urbanism")).standard().orElseThrow();
        assertThat(m.directions()).hasSize(6);
        assertThat(m.warnings()).singleElement().asString().contains("urbanism");
    }

    @Test
    void CAT_02_a_plugin_direction_may_be_opened_in_the_intake() {
        Methodology m = Methodology.loader().withoutDiscovery()
                .withDirectionProviders(provider("region:almaty", 0, "URBANISM")).standard().orElseThrow()
                .toBuilder().openDirections(List.of("URBANISM", "ECOLOGY")).build();
        assertThat(m.openDirections()).extracting(d -> d.code()).containsExactly("ECOLOGY", "URBANISM");
    }

    /** A public provider for the discovery test. */
    public static final class Almaty implements DirectionProvider {
        @Override
        public String providerName() {
            return "region:almaty";
        }

        @Override
        public List<DirectionDefinition> directions() {
            return provider("region:almaty", 0, "URBANISM").directions();
        }
    }

    @Test
    void CAT_02_a_provider_that_cannot_be_instantiated_by_service_loader_is_skipped_and_reported(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve(DirectionProvider.class.getName()),
                "org.example.MissingDirections\n" + Almaty.class.getName() + "\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            Methodology m = Methodology.loader().withClassLoader(cl).standard().orElseThrow();
            assertThat(m.directionSource("URBANISM")).contains("region:almaty");
            assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("org.example.MissingDirections"));
        }
    }

    /** The built-in directions keep the plugin contract too. */
    @Nested
    class BuiltInDirectionsContract implements DirectionProviderContract {
        @Override
        public DirectionProvider provider() {
            return new MethodologyDirectionProvider(Methodology.loader().withoutDiscovery().standard().orElseThrow());
        }
    }
}
