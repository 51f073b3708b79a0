package kz.saruar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's command line: catalog and methodology validation, with their exit codes. */
class SaruarCliTest {
    @TempDir
    Path dir;

    private Path standardWith(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode tree = (ObjectNode) m.readTree(kz.saruar.model.methodology.Methodology.standard().toJson());
        change.accept(tree);
        Path f = dir.resolve("m.json");
        Files.writeString(f, tree.toString());
        return f;
    }

    @Test
    void CAT_01_catalog_lists_the_directions_in_kazakh() {
        CliRunner r = CliRunner.saruar("catalog", "--lang", "kk");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Бағыттар (CAT-01/02)").contains("INCLUSIVE_SOCIETY")
                .contains("Өту шегі (DEF-06): 75 / [35, 105]");
    }

    @Test
    void CAT_02_the_urbanism_plugin_appears_in_the_catalog() {
        CliRunner r = CliRunner.saruar("catalog", "--lang", "en");
        assertThat(r.out()).contains("URBANISM — Urbanism  [example:urbanism]");
    }

    @Test
    void ACC_02_unknown_module_durations_print_as_unknown() {
        assertThat(CliRunner.saruar("catalog", "--lang", "en").out()).contains("Kickoff").contains("— unknown");
    }

    @Test
    void catalog_as_json_has_resolved_scoring_and_direction_sources() throws Exception {
        CliRunner r = CliRunner.saruar("catalog", "--json");
        JsonNode j = new ObjectMapper().readTree(r.out()).path("value");
        assertThat(j.path("scoring").path("passThreshold").asInt()).isEqualTo(75);
        assertThat(j.path("scoring").path("maxTotal").asInt()).isEqualTo(105);
        assertThat(j.path("directions").get(6).path("source").asText()).isEqualTo("example:urbanism");
    }

    @Test
    void FMT_01_validate_a_valid_file_exits_0() throws Exception {
        CliRunner r = CliRunner.saruar("methodology", "validate", standardWith(t -> { }).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("valid");
    }

    @Test
    void DEF_08_validate_lists_every_problem_and_exits_1() throws Exception {
        Path f = standardWith(t -> {
            ObjectNode d = (ObjectNode) t.get("defense");
            ((ObjectNode) d.get("bands").get(1)).put("from", 61);
            ((ObjectNode) t.get("intake")).putArray("openDirections").add("MARS");
        });
        CliRunner r = CliRunner.saruar("methodology", "validate", f.toString(), "--lang", "ru");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains("проблем — 2").contains("$.defense.bands[1].from [DEF-08]")
                .contains("Пробел между уровнями").contains("$.intake.openDirections[0] [CAT-02]");
    }

    @Test
    void FMT_01_validate_json_output_names_path_rule_and_messages() throws Exception {
        Path f = standardWith(t -> ((ObjectNode) t.get("defense")).put("passThreshold", "high"));
        CliRunner r = CliRunner.saruar("methodology", "validate", f.toString(), "--json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("accepted").asBoolean(true)).isFalse();
        assertThat(j.path("reasons").get(0).path("subject").asText()).isEqualTo("$.defense.passThreshold");
        assertThat(j.path("reasons").get(0).path("rules").get(0).asText()).isEqualTo("DEF-06");
        assertThat(j.path("reasons").get(0).path("code").asText()).isEqualTo("WRONG_TYPE");
        assertThat(j.path("reasons").get(0).path("message").path("kk").asText()).isNotBlank();
    }

    @Test
    void FMT_01_an_unreadable_file_exits_2() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"defense\": {");
        CliRunner broken = CliRunner.saruar("methodology", "validate", f.toString(), "--lang", "en");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        // the heading says the file cannot be read, as every command's does for an unreadable file
        assertThat(broken.out()).contains("the file cannot be read");
        assertThat(CliRunner.saruar("methodology", "validate", dir.resolve("missing.json").toString()).exitCode())
                .isEqualTo(ExitCodes.UNREADABLE);
        Files.write(f, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'});
        CliRunner bytes = CliRunner.saruar("methodology", "validate", f.toString(), "--json");
        assertThat(bytes.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(new ObjectMapper().readTree(bytes.out()).path("reasons").get(0).path("code").asText())
                .isEqualTo("NOT_UTF8");
    }

    @Test
    void catalog_with_an_invalid_methodology_file_exits_1_with_the_problems() throws Exception {
        Path f = standardWith(t -> ((ObjectNode) t.get("defense")).put("passThreshold", 200));
        CliRunner r = CliRunner.saruar("catalog", "--methodology", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("$.defense.passThreshold [DEF-06]");
    }

    @Test
    void FMT_01_schema_prints_the_json_schema() throws Exception {
        JsonNode j = new ObjectMapper().readTree(CliRunner.saruar("methodology", "schema").out());
        assertThat(j.path("$schema").asText()).contains("2020-12");
    }

    @Test
    void every_capability_has_its_command_registered() {
        assertThat(kz.saruar.examples.cli.main.SaruarCli.commandLine().getSubcommands().keySet()).contains(
                "catalog", "methodology", "workdays", "calendar", "consultations", "score", "application",
                "diagnose", "render", "ledger");
    }
}
