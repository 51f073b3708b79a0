package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/** Another accelerator adapts the methodology in code, checked by the same rules as a file. */
class MethodologyBuilderTest {
    private final Methodology standard = Methodology.loader().withoutDiscovery().standard().orElseThrow();

    private static Map<String, Integer> jury(int organizers, int experts, int publicFigures) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ORGANIZER", organizers);
        m.put("EXTERNAL_EXPERT", experts);
        m.put("PUBLIC_FIGURE", publicFigures);
        return m;
    }

    @Test
    void DEF_08_a_jury_of_5_derives_threshold_54_and_bands_25_42_43_60_61_75() {
        Methodology five = standard.toBuilder().jurySeats(jury(1, 3, 1)).build();
        ScoringScheme s = five.scoring();
        assertThat(s.jurySize()).isEqualTo(5);
        assertThat(s.minTotal()).isEqualTo(25);
        assertThat(s.maxTotal()).isEqualTo(75);
        assertThat(s.passThreshold()).isEqualTo(54);
        assertThat(s.thresholdDerived()).isTrue();
        assertThat(s.bandsDerived()).isTrue();
        assertThat(s.bands()).extracting(Band::from, Band::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(25, 42), org.assertj.core.groups.Tuple.tuple(43, 60),
                org.assertj.core.groups.Tuple.tuple(61, 75));
    }

    @Test
    void DEF_06_a_threshold_of_70_is_accepted_on_the_seed_scale() {
        Methodology m = standard.toBuilder().passThreshold(70).build();
        assertThat(m.scoring().passThreshold()).isEqualTo(70);
        assertThat(m.scoring().thresholdDerived()).isFalse();
        assertThat(standard.scoring().passThreshold()).as("the original is unchanged").isEqualTo(75);
    }

    @Test
    void DEF_08_an_inconsistent_change_is_refused_with_a_clear_message() {
        Outcome<Methodology> r = standard.toBuilder().passThreshold(120).validate();
        assertThat(r.accepted()).isFalse();
        assertThat(r.reasons()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("THRESHOLD_OUT_OF_RANGE");
            assertThat(p.subject()).isEqualTo("$.defense.passThreshold");
        });
        assertThatThrownBy(() -> standard.toBuilder().passThreshold(120).build())
                .isInstanceOf(InvalidMethodologyException.class)
                .hasMessageContaining("$.defense.passThreshold [DEF-06]")
                .hasMessageContaining("[35, 105]");
    }

    @Test
    void DEF_08_a_jury_of_5_with_the_seed_bands_stated_is_refused() {
        Outcome<Methodology> r = standard.toBuilder().jurySeats(jury(1, 3, 1)).bands(standard.scoring().bands())
                .validate();
        assertThat(r.reasons()).extracting(p -> p.code()).containsExactly("BANDS_OUT_OF_RANGE");
        assertThat(r.reasons().get(0).message().get(kz.saruar.model.Language.EN))
                .contains("[25, 75]").contains("[35, 105]");
    }

    @Test
    void DEF_08_a_tiny_range_must_state_its_bands() {
        Criterion one = standard.scoring().criteria().get(0);
        List<Criterion> oneCriterion = List.of(new Criterion(one.code(), one.name(), one.levels().subList(0, 2)));
        Outcome<Methodology> r = standard.toBuilder().jurySeats(Map.of("ORGANIZER", 1)).quorum(1)
                .criteria(oneCriterion).scale(1, 2).validate();
        assertThat(r.reasons()).extracting(p -> p.code()).containsExactly("DERIVED_BAND_EMPTY");
        Methodology stated = standard.toBuilder().jurySeats(Map.of("ORGANIZER", 1)).quorum(1)
                .criteria(oneCriterion).scale(1, 2)
                .bands(List.of(new Band("LOW", LocalizedText.of("т", "н", "low"), 1, 1),
                        new Band("HIGH", LocalizedText.of("ж", "в", "high"), 2, 2)))
                .build();
        assertThat(stated.scoring().passThreshold()).isEqualTo(2);
    }

    @Test
    void PRE_01_a_three_month_pre_acceleration() {
        assertThat(standard.toBuilder().preAccelerationMonths(3).build().preAcceleration().durationMonths())
                .isEqualTo(3);
        assertThat(standard.toBuilder().preAccelerationMonths(0).validate().reasons())
                .extracting(p -> p.code()).containsExactly("NOT_POSITIVE");
    }

    @Test
    void ACC_02_another_curriculum() {
        List<CurriculumModule> modules = List.of(
                new CurriculumModule("DESIGN_THINKING", LocalizedText.of("Дизайн-ойлау", "Дизайн-мышление",
                        "Design thinking"), java.util.Optional.of(new BigDecimal("3"))),
                new CurriculumModule("PITCH", LocalizedText.of("Питч", "Питч", "Pitch"), java.util.Optional.empty()));
        Methodology m = standard.toBuilder().accelerationModules(modules).defaultModuleHours(new BigDecimal("1.5"))
                .build();
        assertThat(m.acceleration().modules()).containsExactlyElementsOf(modules);
        assertThat(m.acceleration().defaultModuleHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void DEF_03_a_jury_composition_that_does_not_add_up_is_refused() {
        JuryComposition bad = new JuryComposition(6, standard.scoring().jury().seats());
        assertThat(standard.toBuilder().jury(bad).validate().reasons()).extracting(p -> p.code())
                .contains("JURY_DOES_NOT_ADD_UP");
    }

    @Test
    void FMT_01_a_patch_reaches_any_field() {
        Methodology m = standard.toBuilder().patch("{\"intake\": {\"minAge\": 16}}").build();
        assertThat(m.intake().minAge()).isEqualTo(16);
    }

    @Test
    void LFT_04_the_coverage_ratio_is_configurable() {
        assertThat(standard.toBuilder().coverageRatio(new BigDecimal("0.8")).build().ledger().coverageRatio())
                .isEqualByComparingTo("0.8");
        assertThat(standard.toBuilder().coverageRatio(BigDecimal.ZERO).validate().accepted()).isFalse();
    }

    @Test
    void FMT_01_a_built_methodology_round_trips_through_its_json() {
        Methodology m = standard.toBuilder().jurySeats(jury(1, 3, 1)).build();
        Methodology again = Methodology.loader().withoutDiscovery().parse(m.toJson()).orElseThrow();
        assertThat(again.document()).isEqualTo(m.document());
        assertThat(again.scoring()).isEqualTo(m.scoring());
    }
}
