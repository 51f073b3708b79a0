package kz.saruar.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import org.junit.jupiter.api.Test;

class ApplicationJsonTest {
    private static ObjectNode tree() throws Exception {
        return (ObjectNode) JsonReader.forRule(Rules.APP_03).readTree(ApplicationJson.write(Fixtures.valid(),
                PersonalDataPolicy.INCLUDE)).orElseThrow();
    }

    private static Outcome<ProjectApplication> read(JsonNode n) throws Exception {
        return ApplicationJson.read(JsonReader.toText(n, true), Fixtures.CLOCK);
    }

    /** The valid application with {@code section.field} set to {@code value}, read back: its refusal at that field. */
    private static Reason refusalWith(String section, String field, String value) throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get(section)).put(field, value);
        return only(read(t), "$." + section + "." + field);
    }

    private static Reason only(Outcome<?> r, String path) {
        assertThat(r.accepted()).as("refused").isFalse();
        List<Reason> at = r.reasons().stream().filter(p -> p.subject().equals(path)).toList();
        assertThat(at).as("a problem at %s among %s", path, r.reasons()).isNotEmpty();
        return at.get(0);
    }

    @Test
    void APP_03_application_round_trips_through_json_with_personal_data_when_asked() throws Exception {
        ProjectApplication a = Fixtures.valid();
        String json = ApplicationJson.write(a, PersonalDataPolicy.INCLUDE);
        Outcome<ProjectApplication> r = ApplicationJson.read(json, Fixtures.CLOCK);
        assertThat(r.reasons()).isEmpty();
        assertThat(r.value()).contains(a);
    }

    @Test
    void APP_03_with_personal_data_the_application_is_written_as_its_tree_is() throws Exception {
        ProjectApplication a = Fixtures.valid();
        JsonNode tree = JsonReader.toTree(a);
        assertThat(ApplicationJson.write(a, PersonalDataPolicy.INCLUDE))
                .isEqualTo(JsonReader.toText(tree, true));
        // and without it, the same bytes less the people
        ((ObjectNode) tree).remove("applicant");
        tree.get("team").forEach(m -> ((ObjectNode) m).remove("person"));
        assertThat(ApplicationJson.write(a, PersonalDataPolicy.OMIT))
                .isEqualTo(JsonReader.toText(tree, true));
    }

    @Test
    void APP_03_an_applications_own_tree_is_checked_and_answers_the_application_itself() {
        ProjectApplication a = Fixtures.valid();
        Outcome<ProjectApplication> r = ApplicationJson.checkWritten(a, JsonReader.toTree(a), Fixtures.CLOCK);
        assertThat(r.reasons()).isEmpty();
        assertThat(r.value()).containsSame(a);
        // the value that binding would have given
        assertThat(ApplicationJson.check(JsonReader.toTree(a), Fixtures.CLOCK).value()).contains(a);
    }

    @Test
    void APP_02_an_applications_own_tree_is_refused_as_any_tree_is() {
        // a birth date after the decision date: the record takes it, the reader does not
        ProjectApplication a = Fixtures.valid().withApplicant(Fixtures.adult("Айгүл Серікқызы").withBirthDate(Fixtures.TODAY.plusDays(1)));
        Outcome<ProjectApplication> written = ApplicationJson.checkWritten(a, JsonReader.toTree(a), Fixtures.CLOCK);
        Outcome<ProjectApplication> bound = ApplicationJson.check(JsonReader.toTree(a), Fixtures.CLOCK);
        assertThat(written.accepted()).isFalse();
        assertThat(written.reasons()).isEqualTo(bound.reasons());
        assertThat(written.reasons()).anySatisfy(p -> {
            assertThat(p.subject()).isEqualTo("$.applicant.birthDate");
            assertThat(p.rule().value()).isEqualTo("APP-02");
        });
    }

    @Test
    void APP_03_export_leaves_personal_data_out_unless_asked() {
        String json = ApplicationJson.write(Fixtures.valid(), PersonalDataPolicy.OMIT);
        assertThat(json).doesNotContain("Айгүл").doesNotContain("+7 701").doesNotContain("someone@example.kz")
                .doesNotContain("1990-05-17").doesNotContain("\"applicant\"").doesNotContain("\"person\"")
                .contains("Жас қанат");
    }

    @Test
    void APP_03_personal_data_is_redacted_in_to_string() {
        ProjectApplication a = Fixtures.valid();
        assertThat(a.applicant().toString()).isEqualTo("PersonalData[redacted]");
        assertThat(a.toString()).doesNotContain("Айгүл").doesNotContain("1990");
        assertThat(a.team().toString()).doesNotContain("Ерлан").doesNotContain("+7");
    }

    @Test
    void APP_03_missing_project_name_is_refused_naming_path_and_rule() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("form")).remove("projectName");
        Reason p = only(read(t), "$.form.projectName");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-03"));
        assertThat(p.message().get(Language.RU)).contains("projectName");
    }

    @Test
    void APP_03_unknown_stage_of_implementation_is_refused() throws Exception {
        Reason p = refusalWith("form", "stageOfImplementation", "MOONSHOT");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-03"));
        assertThat(p.message().get(Language.EN)).contains("MOONSHOT").contains("READY_TO_SCALE");
    }

    @Test
    void APP_03_wrong_type_is_refused() throws Exception {
        Reason p = refusalWith("documents", "presentationSlides", "ten");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-06"));
    }

    @Test
    void APP_02_birth_date_in_the_future_is_refused_without_quoting_it() throws Exception {
        Reason p = refusalWith("applicant", "birthDate", "2030-01-01");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-02"));
        assertThat(p.message().get(Language.EN)).contains("future").doesNotContain("2030");
    }

    @Test
    void APP_02_team_of_100000_members_is_refused() throws Exception {
        ObjectNode t = tree();
        ArrayNode team = (ArrayNode) t.get("team");
        for (int i = 0; i < 100_000; i++) {
            ObjectNode m = team.addObject();
            m.putObject("person").put("fullName", "A");
            m.put("role", "r").put("experience", "e");
        }
        Reason p = only(read(t), "$.team");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-02"));
        assertThat(p.message().get(Language.EN)).contains("100003").contains("1000");
    }

    @Test
    void APP_04_ten_megabyte_description_is_refused() throws Exception {
        Reason p = refusalWith("form", "shortDescription", "сөз ".repeat(2_500_000));
        assertThat(p.message().get(Language.EN)).contains("too long");
    }

    @Test
    void APP_03_word_mixing_latin_and_cyrillic_is_refused() throws Exception {
        Reason p = refusalWith("form", "goalAndTasks", "Жас\u0061лар үшін");
        assertThat(p.rule()).isEqualTo(RuleId.of("APP-03"));
        assertThat(p.message().get(Language.EN)).contains("scripts");
    }

    @Test
    void APP_03_latin_i_inside_kazakh_word_is_read_as_kazakh_i() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("form")).put("goalAndTasks", "бiлiм беру");
        assertThat(read(t).reasons()).isEmpty();
    }

    @Test
    void APP_03_broken_json_is_refused_not_thrown() {
        Outcome<ProjectApplication> r = ApplicationJson.read("{\"form\": ", Fixtures.CLOCK);
        assertThat(r.accepted()).isFalse();
        assertThat(r.reasons().get(0).subject()).isEqualTo("$");
    }

    @Test
    void APP_03_unknown_field_is_refused() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("form")).put("budget", 1000);
        only(read(t), "$.form.budget");
    }
}
