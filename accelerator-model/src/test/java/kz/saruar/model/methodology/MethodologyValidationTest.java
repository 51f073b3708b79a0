package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    static List<Reason> problems(String json) {
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().parse(json);
        assertThat(r.accepted()).as("expected the file to be refused").isFalse();
        return r.reasons();
    }

    @Test
    void FMT_01_truncated_json_is_one_unreadable_problem_with_its_position() {
        String full = standardWith(t -> { });
        List<Reason> ps = problems(full.substring(0, full.length() / 2));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNREADABLE");
            assertThat(p.rule().value()).isEqualTo("FMT-01");
            assertThat(p.message().get(Language.EN)).contains("line");
        });
    }

    @Test
    void FMT_01_empty_input_is_unreadable() {
        assertThat(problems("")).extracting(Reason::code).containsExactly("UNREADABLE");
    }

    @Test
    void FMT_01_a_string_where_a_number_goes_names_the_path_and_the_rule() {
        List<Reason> ps = problems(standardWith(t -> defense(t).put("passThreshold", "seventy-five")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("$.defense.passThreshold");
            assertThat(p.rule().value()).isEqualTo("DEF-06");
            assertThat(p.code()).isEqualTo("WRONG_TYPE");
            assertThat(p.message().get(Language.EN)).contains("seventy-five");
        });
    }

    @Test
    void FMT_01_unknown_and_missing_fields_and_wrong_enum_values_are_all_listed() {
        List<Reason> ps = problems(standardWith(t -> {
            t.put("colour", "blue");
            ((ObjectNode) t.get("acceleration")).remove("durationMonths");
            defense(t).put("conflictPolicy", "COIN_TOSS");
        }));
        assertThat(ps).extracting(Reason::subject, Reason::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.colour", "UNKNOWN_FIELD"),
                org.assertj.core.groups.Tuple.tuple("$.acceleration.durationMonths", "MISSING_FIELD"),
                org.assertj.core.groups.Tuple.tuple("$.defense.conflictPolicy", "UNKNOWN_VALUE"));
        assertThat(ps).filteredOn(p -> p.code().equals("MISSING_FIELD")).extracting(p -> p.rule().value())
                .containsExactly("ACC-01");
    }

    @Test
    void CAT_02_an_unknown_direction_code_is_refused() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) t.get("intake")).putArray("openDirections")
                .add("ECOLOGY").add("SPACE_TRAVEL")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("$.intake.openDirections[1]");
            assertThat(p.rule().value()).isEqualTo("CAT-02");
            assertThat(p.code()).isEqualTo("UNKNOWN_REFERENCE");
            // the list is named by its JSON path, the same in every language (no English inside the Russian text)
            assertThat(p.message().get(kz.saruar.model.Language.RU)).isEqualTo("Код «SPACE_TRAVEL» не найден среди $.directions");
        });
    }

    @Test
    void DEF_08_bands_with_a_gap_are_refused_naming_the_uncovered_totals() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61)));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.rule().value()).isEqualTo("DEF-08");
            assertThat(p.code()).isEqualTo("BANDS_GAP");
            assertThat(p.subject()).isEqualTo("$.defense.bands[1].from");
            assertThat(p.message().get(Language.EN)).contains("60–60");
            assertThat(p.message().get(Language.RU)).contains("60–60");
            assertThat(p.message().get(Language.KK)).contains("60–60");
        });
    }

    @Test
    void DEF_08_overlapping_bands_and_bands_short_of_the_range_are_refused() {
        List<Reason> ps = problems(standardWith(t -> {
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 55);
            ((ObjectNode) defense(t).get("bands").get(2)).put("to", 100);
        }));
        assertThat(ps).extracting(Reason::code).containsExactlyInAnyOrder("BANDS_OVERLAP",
                "BANDS_OUT_OF_RANGE");
    }

    @Test
    void FMT_01_a_file_of_a_later_format_version_is_refused_naming_the_field() {
        List<Reason> ps = problems(standardWith(t -> t.put("schemaVersion", 2)));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("$.schemaVersion");
            assertThat(p.rules()).extracting(r -> r.value()).containsExactly("FMT-01");
            assertThat(p.message().get(Language.EN)).isEqualTo(
                    "The file's format is 2: this library reads methodology files of format 1 only");
            assertThat(p.message().get(Language.KK)).contains("2").contains("1");
        });
    }

    @Test
    void DEF_06_a_threshold_outside_the_range_is_refused() {
        List<Reason> ps = problems(standardWith(t -> defense(t).put("passThreshold", 120)));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("THRESHOLD_OUT_OF_RANGE");
            assertThat(p.message().get(Language.EN)).contains("120").contains("[35, 105]");
        });
    }

    @Test
    void DEF_03_a_jury_that_does_not_add_up_is_refused() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("jury")).put("size", 9)));
        assertThat(ps).extracting(Reason::code).contains("JURY_DOES_NOT_ADD_UP");
        assertThat(ps).filteredOn(p -> p.code().equals("JURY_DOES_NOT_ADD_UP")).singleElement()
                .satisfies(p -> assertThat(p.rule().value()).isEqualTo("DEF-03"));
    }

    @Test
    void DEF_04_a_level_descriptor_outside_the_scale_is_refused() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) defense(t).get("criteria").get(0).get("levels")
                .get(2)).put("score", 4)));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("LEVEL_OUTSIDE_SCALE"));
    }

    @Test
    void FMT_02_duplicate_codes_are_refused_with_both_places() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) t.get("principles").get(1))
                .put("code", "COMPETITIVENESS")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DUPLICATE_CODE");
            assertThat(p.subject()).isEqualTo("$.principles[1]");
            assertThat(p.message().get(Language.EN)).contains("$.principles[0]");
        });
    }

    @Test
    void FMT_03_a_missing_language_is_refused() {
        List<Reason> ps = problems(standardWith(t -> ((ObjectNode) t.get("principles").get(0).get("name"))
                .remove("kk")));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("MISSING_LANGUAGE");
            assertThat(p.rule().value()).isEqualTo("FMT-03");
            assertThat(p.subject()).isEqualTo("$.principles[0].name");
        });
    }

    @Test
    void PRE_01_zero_or_negative_durations_are_refused() {
        List<Reason> ps = problems(standardWith(t -> {
            ((ObjectNode) t.get("preAcceleration")).put("durationMonths", 0);
            ((ObjectNode) t.get("acceleration").get("modules").get(1)).put("hours", -2.5);
        }));
        assertThat(ps).extracting(Reason::subject, Reason::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.preAcceleration.durationMonths", "NOT_POSITIVE"),
                org.assertj.core.groups.Tuple.tuple("$.acceleration.modules[1].hours", "NOT_POSITIVE"));
    }

    @Test
    void the_issue_s_corrupted_file_gets_every_problem_listed_at_once() {
        List<Reason> ps = problems(standardWith(t -> {
            defense(t).put("quorum", "five");
            ((ObjectNode) t.get("intake")).putArray("openDirections").add("UNKNOWN_DIRECTION");
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61);
        }));
        // a structural problem stops binding, so semantic checks wait for a file that binds
        assertThat(ps).extracting(Reason::code).containsExactly("WRONG_TYPE");
        List<Reason> semantic = problems(standardWith(t -> {
            ((ObjectNode) t.get("intake")).putArray("openDirections").add("UNKNOWN_DIRECTION");
            ((ObjectNode) defense(t).get("bands").get(1)).put("from", 61);
            ((ObjectNode) defense(t).get("jury")).put("size", 8);
        }));
        assertThat(semantic).extracting(Reason::code).contains("UNKNOWN_REFERENCE",
                "JURY_DOES_NOT_ADD_UP");
    }

    @Test
    void FMT_01_based_on_standard_a_file_states_only_what_it_changes() {
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().parse("""
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
        assertThat(problems("{\"basedOn\": \"kyrgyz\"}")).extracting(Reason::code)
                .containsExactly("UNKNOWN_BASE");
    }

    @Test
    void FMT_01_an_array_where_an_object_goes_is_a_problem_not_an_exception() {
        List<Reason> ps = problems(standardWith(t -> t.set("defense", t.arrayNode())));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.subject()).isEqualTo("$.defense"));
        assertThat(problems("[1,2,3]")).singleElement().satisfies(p -> assertThat(p.subject()).isEqualTo("$"));
    }

    @Test
    void FMT_01_invalid_utf8_bytes_are_refused_never_replaced(@TempDir Path dir) throws IOException {
        byte[] bytes = "{\"basedOn\": \"standard\", \"id\": \"ALMATY\u0000\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("bad-bytes.json"), bytes);
        Outcome<Methodology> fromFile = Methodology.loader().withoutDiscovery().load(file);
        assertThat(fromFile.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("NOT_UTF8");
            assertThat(r.subject()).isEqualTo("$");
            assertThat(r.rule().value()).isEqualTo("FMT-01");
        });
        assertThat(Methodology.loader().withoutDiscovery().read(new ByteArrayInputStream(bytes)).reasons())
                .extracting(Reason::code).containsExactly("NOT_UTF8");
    }

    @Test
    void FMT_01_duplicate_keys_are_refused() {
        assertThat(problems("{\"basedOn\": \"standard\", \"id\": \"A\", \"id\": \"B\"}"))
                .singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo("UNREADABLE");
                    assertThat(r.message().get(Language.EN)).contains("Duplicate field 'id'");
                });
    }

    @Test
    void FMT_01_a_missing_file_is_refused_with_its_name_not_a_java_class(@TempDir Path dir) {
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().load(dir.resolve("absent.json"));
        assertThat(r.reasons()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("FILE_NOT_FOUND");
            assertThat(p.message().get(Language.EN)).contains("absent.json").doesNotContain("Exception");
        });
    }
}
