package kz.saruar.spi.testkit.direction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;
import org.junit.jupiter.api.Test;

/** Proof that the direction kit (CAT-02) catches broken providers: each check is run directly against one. */
class DirectionProviderContractCanFailTest {
    private static final LocalizedString TEXT = new LocalizedString("Қала", "Город", "City");

    private static DirectionProviderContract kit(DirectionProvider p) {
        return () -> p;
    }

    private static DirectionProvider giving(List<DirectionDefinition> ds) {
        return () -> ds;
    }

    private static DirectionDefinition direction(String code, LocalizedString name) {
        return new DirectionDefinition(code, name, TEXT, List.of());
    }

    @Test
    void CAT_02_a_lower_case_or_repeated_code_fails() {
        assertThatThrownBy(kit(giving(List.of(direction("urbanism", TEXT))))::CAT_02_codes_are_well_formed_and_unique)
                .isInstanceOf(AssertionError.class).hasMessageContaining("urbanism");
        assertThatThrownBy(kit(giving(List.of(direction("URBANISM", TEXT), direction("URBANISM", TEXT))))
                ::CAT_02_codes_are_well_formed_and_unique)
                .isInstanceOf(AssertionError.class).hasMessageContaining("URBANISM");
    }

    @Test
    void CAT_02_a_name_blank_in_kazakh_fails() {
        DirectionProvider p = giving(List.of(direction("URBANISM", new LocalizedString(" ", "Город", "City"))));
        assertThatThrownBy(kit(p)::CAT_02_texts_are_trilingual_and_not_blank)
                .isInstanceOf(AssertionError.class).hasMessageContaining("URBANISM.name.kk");
    }

    @Test
    void CAT_02_no_directions_or_a_changing_list_fails() {
        assertThatThrownBy(kit(giving(List.of()))::CAT_02_provider_returns_directions).isInstanceOf(AssertionError.class);
        DirectionProvider growing = new DirectionProvider() {
            private final List<DirectionDefinition> ds = new ArrayList<>();

            @Override
            public List<DirectionDefinition> directions() {
                ds.add(direction("D" + ds.size(), TEXT));
                return List.copyOf(ds);
            }
        };
        assertThatThrownBy(kit(growing)::CAT_02_directions_are_stable).isInstanceOf(AssertionError.class);
    }

    @Test
    void CAT_02_a_blank_provider_name_fails() {
        DirectionProvider nameless = new DirectionProvider() {
            @Override
            public String providerName() {
                return "";
            }

            @Override
            public List<DirectionDefinition> directions() {
                return List.of(direction("URBANISM", TEXT));
            }
        };
        assertThatThrownBy(kit(nameless)::CAT_02_provider_has_a_name).isInstanceOf(AssertionError.class);
    }
}
