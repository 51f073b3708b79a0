package kz.saruar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodologyCheckCommandTest {
    @TempDir
    Path dir;

    private Path standardWithThreshold(int threshold) throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Methodology.standard().toJson());
        ((ObjectNode) tree.get("defense")).put("passThreshold", threshold);
        return Files.writeString(dir.resolve("m.json"), tree.toString());
    }

    @Test
    void DEF_06_the_standard_methodology_keeps_every_promise_and_exits_0() throws Exception {
        CliRunner r = CliRunner.saruar("methodology", "check", standardWithThreshold(75).toString(), "--tries", "30");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("12 held, 0 failed (30 tries each, seed 42)");
    }

    @Test
    void DEF_06_a_threshold_at_the_lowest_total_fails_with_its_rules_and_counterexample_as_json() throws Exception {
        CliRunner r = CliRunner.saruar("methodology", "check", standardWithThreshold(35).toString(), "--tries", "50",
                "--json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("accepted").asBoolean()).isFalse();
        assertThat(j.path("reasons").findValuesAsText("code")).contains("passAndFailAreBothReachable");
        assertThat(j.toString()).contains("DEF-06").contains("counterexample").contains("even the lowest total 35 passes");
    }

    @Test
    void DEF_06_the_violation_and_the_promise_are_printed_in_the_chosen_language() throws Exception {
        CliRunner kk = CliRunner.saruar("methodology", "check", standardWithThreshold(35).toString(), "--tries", "50",
                "--lang", "kk");
        assertThat(kk.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(kk.out()).contains("ең төменгі 35 жиынтығы өтеді").doesNotContain("even the lowest total");
        // every property's line says its promise in the chosen language after its code
        assertThat(kk.out()).contains("passAndFailAreBothReachable [DEF-05, DEF-06]: қандай да бір жиынтық өтеді, ал қандай да бірі өтпейді");
        CliRunner ru = CliRunner.saruar("methodology", "check", standardWithThreshold(35).toString(), "--tries", "50",
                "--lang", "ru", "--json");
        assertThat(ru.out()).contains("какая-то сумма проходит, а какая-то не проходит")
                .contains("даже наименьшая сумма 35 проходит");
    }

    @Test
    void DEF_06_with_json_each_promise_is_kk_ru_en_with_its_text_in_the_chosen_language() throws Exception {
        CliRunner r = CliRunner.saruar("methodology", "check", standardWithThreshold(75).toString(), "--tries", "5",
                "--json", "--lang", "kk");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode properties = new ObjectMapper().readTree(r.out()).path("value").path("properties");
        assertThat(properties).hasSize(12);
        for (JsonNode p : properties) {
            JsonNode promise = p.path("promise");
            assertThat(promise.isObject()).as(p.toString()).isTrue();
            assertThat(promise.path("kk").asText()).isNotBlank().isNotEqualTo(promise.path("en").asText());
            assertThat(promise.path("ru").asText()).isNotBlank().isNotEqualTo(promise.path("en").asText());
            assertThat(p.path("text").asText()).isEqualTo(promise.path("kk").asText());
        }
        assertThat(properties.get(1).path("promise").path("en").asText()).isEqualTo("some total passes and some total fails");
    }

    @Test
    void an_unreadable_file_exits_2() {
        CliRunner r = CliRunner.saruar("methodology", "check", dir.resolve("missing.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.out() + r.err()).contains("not found").doesNotContain("Exception");
    }
}
