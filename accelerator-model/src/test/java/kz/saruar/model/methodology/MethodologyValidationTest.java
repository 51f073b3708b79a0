package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import kz.saruar.model.Language;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;
import org.junit.jupiter.api.Test;

/** Corrupted methodology files get every problem listed, with path and rule; nothing escapes. */
class MethodologyValidationTest {

    static String standardWith(Consumer<ObjectNode> change) {
        ObjectNode tree = MethodologyLoader.standardTree();
        change.accept(tree);
        return tree.toString();
    }

    static ObjectNode defense(ObjectNode root) {
        return (ObjectNode) root.get("defense");
    }

    static List<Problem> problems(String json) {
        MethodologyResult r = Methodology.loader().withoutDiscovery().parse(json);
        assertThat(r.isValid()).as("expected the file to be refused").isFalse();
        return r.problems();
    }

    @Test
    void FMT_01_truncated_json_is_one_unreadable_problem_with_its_position() {
        String full = standardWith(t -> { });
        List<Problem> ps = problems(full.substring(0, full.length() / 2));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE);
            assertThat(p.rule().value()).isEqualTo("FMT-01");
            assertThat(p.message().get(Language.EN)).contains("line");
        });
    }

    @Test
    void FMT_01_empty_input_is_unreadable() {
        assertThat(problems("")).extracting(Problem::kind).containsExactly(ProblemKind.UNREADABLE);
    }

    @Test
    void FMT_01_a_string_where_a_number_goes_names_the_path_and_the_rule() {
        List<Problem> ps = problems(standardWith(t -> defense(t).put("passThreshold", "seventy-five")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.defense.passThreshold");
            assertThat(p.rule().value()).isEqualTo("DEF-06");
            assertThat(p.kind()).isEqualTo(ProblemKind.WRONG_TYPE);
            assertThat(p.message().get(Language.EN)).contains("seventy-five");
        });
    }

    @Test
    void FMT_01_unknown_and_missing_fields_and_wrong_enum_values_are_all_listed() {
        List<Problem> ps = problems(standardWith(t -> {
            t.put("colour", "blue");
            ((ObjectNode) t.get("acceleration")).remove("durationMonths");
            defense(t).put("conflictPolicy", "COIN_TOSS");
        }));
        assertThat(ps).extracting(Problem::path, Problem::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.colour", ProblemKind.UNKNOWN_FIELD),
                org.assertj.core.groups.Tuple.tuple("$.acceleration.durationMonths", ProblemKind.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("$.defense.conflictPolicy", ProblemKind.UNKNOWN_VALUE));
        assertThat(ps).filteredOn(p -> p.kind() == ProblemKind.MISSING_FIELD).extracting(p -> p.rule().value())
                .containsExactly("ACC-01");
    }

    @Test
    void CAT_02_an_unknown_direction_code_is_refused() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) t.get("intake")).putArray("openDirections")
                .add("ECOLOGY").add("SPACE_TRAVEL")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.intake.openDirections[1]");
            assertThat(p.rule().value()).isEqualTo("CAT-02");
            assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_REFERENCE);
        });
    }

    @Test
    void DEF_08_bands_with_a_gap_are_refused_naming_the_uncovered_totals() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61)));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.rule().value()).isEqualTo("DEF-08");
            assertThat(p.kind()).isEqualTo(ProblemKind.BANDS_GAP);
            assertThat(p.path()).isEqualTo("$.defense.bands[1].from");
            assertThat(p.message().get(Language.EN)).contains("60–60");
            assertThat(p.message().get(Language.RU)).contains("60–60");
            assertThat(p.message().get(Language.KK)).contains("60–60");
        });
    }

    @Test
    void DEF_08_overlapping_bands_and_bands_short_of_the_range_are_refused() {
        List<Problem> ps = problems(standardWith(t -> {
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 55);
            ((ObjectNode) defense(t).get("bands").get(2)).put("to", 100);
        }));
        assertThat(ps).extracting(Problem::kind).containsExactlyInAnyOrder(ProblemKind.BANDS_OVERLAP,
                ProblemKind.BANDS_OUT_OF_RANGE);
    }

    @Test
    void DEF_06_a_threshold_outside_the_range_is_refused() {
        List<Problem> ps = problems(standardWith(t -> defense(t).put("passThreshold", 120)));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.THRESHOLD_OUT_OF_RANGE);
            assertThat(p.message().get(Language.EN)).contains("120").contains("[35, 105]");
        });
    }

    @Test
    void DEF_03_a_jury_that_does_not_add_up_is_refused() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("jury")).put("size", 9)));
        assertThat(ps).extracting(Problem::kind).contains(ProblemKind.JURY_DOES_NOT_ADD_UP);
        assertThat(ps).filteredOn(p -> p.kind() == ProblemKind.JURY_DOES_NOT_ADD_UP).singleElement()
                .satisfies(p -> assertThat(p.rule().value()).isEqualTo("DEF-03"));
    }

    @Test
    void DEF_04_a_level_descriptor_outside_the_scale_is_refused() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("criteria").get(0).get("levels")
                .get(2)).put("score", 4)));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LEVEL_OUTSIDE_SCALE));
    }

    @Test
    void FMT_02_duplicate_codes_are_refused_with_both_places() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) t.get("principles").get(1))
                .put("code", "COMPETITIVENESS")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE_CODE);
            assertThat(p.path()).isEqualTo("$.principles[1]");
            assertThat(p.message().get(Language.EN)).contains("$.principles[0]");
        });
    }

    @Test
    void FMT_03_a_missing_language_is_refused() {
        List<Problem> ps = problems(standardWith(t -> ((ObjectNode) t.get("principles").get(0).get("name"))
                .remove("kk")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.MISSING_LANGUAGE);
            assertThat(p.rule().value()).isEqualTo("FMT-03");
            assertThat(p.path()).isEqualTo("$.principles[0].name");
        });
    }

    @Test
    void PRE_01_zero_or_negative_durations_are_refused() {
        List<Problem> ps = problems(standardWith(t -> {
            ((ObjectNode) t.get("preAcceleration")).put("durationMonths", 0);
            ((ObjectNode) t.get("acceleration").get("modules").get(1)).put("hours", -2.5);
        }));
        assertThat(ps).extracting(Problem::path, Problem::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.preAcceleration.durationMonths", ProblemKind.NOT_POSITIVE),
                org.assertj.core.groups.Tuple.tuple("$.acceleration.modules[1].hours", ProblemKind.NOT_POSITIVE));
    }

    @Test
    void the_issue_s_corrupted_file_gets_every_problem_listed_at_once() {
        List<Problem> ps = problems(standardWith(t -> {
            defense(t).put("quorum", "five");
            ((ObjectNode) t.get("intake")).putArray("openDirections").add("UNKNOWN_DIRECTION");
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61);
        }));
        // a structural problem stops binding, so semantic checks wait for a file that binds
        assertThat(ps).extracting(Problem::kind).containsExactly(ProblemKind.WRONG_TYPE);
        List<Problem> semantic = problems(standardWith(t -> {
            ((ObjectNode) t.get("intake")).putArray("openDirections").add("UNKNOWN_DIRECTION");
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61);
            ((ObjectNode) defense(t).get("jury")).put("size", 8);
        }));
        assertThat(semantic).extracting(Problem::kind).contains(ProblemKind.UNKNOWN_REFERENCE,
                ProblemKind.JURY_DOES_NOT_ADD_UP);
    }

    @Test
    void FMT_01_based_on_standard_a_file_states_only_what_it_changes() {
        MethodologyResult r = Methodology.loader().withoutDiscovery().parse("""
                {"basedOn": "standard", "id": "ALMATY_2026",
                 "defense": {"jury": {"size": 5, "seats": [
                     {"role": "ORGANIZER", "count": 1, "name": {"kk": "Ұйымдастырушы", "ru": "Организатор", "en": "Organizer"}},
                     {"role": "EXTERNAL_EXPERT", "count": 3, "name": {"kk": "Сарапшы", "ru": "Эксперт", "en": "Expert"}},
                     {"role": "PUBLIC_FIGURE", "count": 1, "name": {"kk": "Қоғам қайраткері", "ru": "Общественный деятель", "en": "Public figure"}}]},
                   "passThreshold": null, "bands": null}}
                """);
        Methodology m = r.orElseThrow();
        assertThat(m.id()).isEqualTo("ALMATY_2026");
        assertThat(m.scoring().passThreshold()).isEqualTo(54);
        assertThat(m.scoring().thresholdDerived()).isTrue();
        assertThat(m.directions()).hasSize(6);
    }

    @Test
    void FMT_01_an_unknown_base_is_refused() {
        assertThat(problems("{\"basedOn\": \"kyrgyz\"}")).extracting(Problem::kind)
                .containsExactly(ProblemKind.UNKNOWN_BASE);
    }

    @Test
    void FMT_01_an_array_where_an_object_goes_is_a_problem_not_an_exception() {
        List<Problem> ps = problems(standardWith(t -> t.set("defense", t.arrayNode())));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.defense"));
        assertThat(problems("[1,2,3]")).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$"));
    }
}
