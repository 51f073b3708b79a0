package kz.saruar.community.registry;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.community.Samples;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

class RegistryTest {
    static final Methodology M = Methodology.standard();

    static Registry sample() {
        return Registry.parse(Samples.text("mentor-registry.json"), M).orElseThrow();
    }

    @Test
    void PLT_01_the_sample_registry_is_read_and_searchable() {
        Registry r = sample();
        assertThat(r.experts()).hasSize(4);
        assertThat(r.projects()).hasSize(4);
        assertThat(r.experts(RegistryQuery.ALL.withCompetency("PSYCHOLOGY"))).extracting(Expert::id).containsExactly("E-03");
        assertThat(r.experts(RegistryQuery.ALL.withRegion("ALMATY").withDirection("INCLUSIVE_SOCIETY")))
                .extracting(Expert::id).containsExactly("E-01");
        assertThat(r.projects(RegistryQuery.ALL.withStage("FIRST_CIRCLE"))).extracting(ProjectRecord::id).containsExactly("P-02");
        assertThat(r.projects(RegistryQuery.ALL.withDirection("ECOLOGY").withRegion("ALMATY"))).isEmpty();
        assertThat(r.projects(RegistryQuery.ALL.withCompetency("MARKETING"))).extracting(ProjectRecord::id).containsExactly("P-02");
        assertThat(r.project("P-02").orElseThrow().certified()).isTrue();
        assertThat(r.project("P-02").orElseThrow().ambassador()).isTrue();
    }

    @Test
    void HUB_02_engagement_is_recorded_and_counted() {
        assertThat(sample().expertsByEngagement()).containsEntry(Engagement.PRO_BONO, 1L).containsEntry(Engagement.PAID_PART_TIME, 3L);
    }

    @Test
    void PLT_01_personal_data_is_redacted_in_text_and_erasable() {
        Registry r = sample();
        Expert e = r.expert("E-01").orElseThrow();
        assertThat(e.contact().toString()).doesNotContain("Айгүл");
        assertThat(e.toString()).doesNotContain("Айгүл").doesNotContain("aigul");
        assertThat(r.project("P-01").orElseThrow().toString()).doesNotContain("Әсел");
        Registry erased = r.withPersonalDataErased();
        assertThat(erased.expert("E-01").orElseThrow().contact().name()).isEmpty();
        assertThat(erased.expert("E-01").orElseThrow().contact().email()).isEmpty();
        assertThat(erased.project("P-01").orElseThrow().lead().name()).isEmpty();
        assertThat(erased.experts()).hasSize(4);
    }

    @Test
    void PLT_01_every_problem_is_refused_with_its_path_and_rule() {
        String bad = Samples.text("mentor-registry.json")
                .replace("\"id\": \"E-02\"", "\"id\": \"E-01\"")
                .replace("\"CHANGE_MANAGEMENT\"]", "\"ASTROLOGY\"]")
                .replace("\"currentLoad\": 1", "\"currentLoad\": 5")
                .replace("\"company\": \"Kaspi-like Bank JSC\",", "")
                .replace("\"stage\": \"FIRST_CIRCLE\"", "\"stage\": \"HIBERNATION\"")
                .replace("\"conflictsOfInterest\": [\"P-03\"]", "\"conflictsOfInterest\": [\"P-99\"]");
        Outcome<Registry> o = Registry.parse(bad, M);
        assertThat(o.refused()).isTrue();
        assertThat(o.reasons()).extracting(Reason::code).contains("DUPLICATE_ID", "UNKNOWN_COMPETENCY", "LOAD_ABOVE_CAPACITY",
                "PRO_BONO_WITHOUT_COMPANY", "UNKNOWN_STAGE", "UNKNOWN_REFERENCE");
        assertThat(o.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("UNKNOWN_COMPETENCY");
            assertThat(r.subject()).isEqualTo("$.experts[0].competencies[1]");
            assertThat(r.rule().value()).isEqualTo("CAT-05");
        });
        assertThat(o.reasons()).anySatisfy(r -> assertThat(r.subject()).isEqualTo("$.experts[2].currentLoad"));
    }

    @Test
    void PLT_01_a_malformed_file_is_refused_without_quoting_personal_data() {
        String bad = Samples.text("mentor-registry.json").replace("\"name\": \"Мария Ким\"", "\"name\": 42");
        Outcome<Registry> o = Registry.parse(bad, M);
        assertThat(o.refused()).isTrue();
        assertThat(o.reasons().toString()).doesNotContain("Мария").contains("$.experts[2].contact.name");
    }
}
