package kz.saruar.examples.cli.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.saruar.examples.cli.Samples;
import picocli.CommandLine;

/** {@code saruar score}: exit 0 issued, 1 refused with every reason, 2 unreadable; never a stack trace. */
class ScoreCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private static String sample() {
        return Samples.text("defense-sheets.json");
    }

    private int run(String json, String... args) throws Exception {
        Path f = dir.resolve("sheets.json");
        Files.writeString(f, json);
        CommandLine cl = new CommandLine(new ScoreCommand(Clock.fixed(Instant.parse("2020-11-20T06:00:00Z"), ZoneOffset.UTC)));
        String[] all = new String[args.length + 1];
        all[0] = f.toString();
        System.arraycopy(args, 0, all, 1, args.length);
        kz.saruar.examples.cli.CliRunner r = kz.saruar.examples.cli.CliRunner.run(cl, all);
        int code = r.exitCode();
        out = r.out();
        err = r.err();
        assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");
        return code;
    }

    @Test
    void DEF_09_the_sample_issues_a_protocol_with_exit_0() throws Exception {
        assertThat(run(sample())).isZero();
        assertThat(out).contains("# Jury decision protocol (DEF-09)").contains("Inclusive workshop (P-01)")
                .contains("| 1 | Inclusive workshop (P-01) | 93* |").contains("Eco school (P-03)");
        assertThat(run(sample(), "--lang", "kk")).isZero();
        assertThat(out).contains("Қазылар алқасы шешімінің хаттамасы");
        assertThat(run(sample(), "--html")).isZero();
        assertThat(out).startsWith("<!DOCTYPE html>");
    }

    @Test
    void the_informational_statistics_are_added_on_request_and_change_no_total() throws Exception {
        assertThat(run(sample(), "--stats")).isZero();
        assertThat(out).contains("Informational statistics").contains("Juror agreement (Krippendorff's alpha, ordinal): ")
                .contains("Severity ORG-1").contains("P-03: 4 single-point drop(s) would turn pass into fail");
        assertThat(run(sample(), "--json", "--stats")).isZero();
        JsonNode n = new ObjectMapper().readTree(out).path("value");
        assertThat(n.path("statistics").path("informational").asBoolean()).isTrue();
        assertThat(n.path("ranking").get(0).path("total").asInt()).isEqualTo(93);
        assertThat(run(sample(), "--html", "--stats")).isZero();
        assertThat(out).contains("<h2>Informational statistics").endsWith("</html>\n");
    }

    @Test
    void DEF_09_the_protocol_as_json() throws Exception {
        assertThat(run(sample(), "--json")).isZero();
        JsonNode n = new ObjectMapper().readTree(out).path("value");
        assertThat(n.path("passing").toString()).isEqualTo("[\"P-01\",\"P-03\"]");
        assertThat(n.path("ranking").get(0).path("total").asInt()).isEqualTo(93);
        assertThat(n.path("ranking").get(1).path("total").asInt()).isEqualTo(78);
        assertThat(n.path("ranking").get(2).path("total").asInt()).isEqualTo(69);
        assertThat(n.path("recusals").get(0).path("jurorId").asText()).isEqualTo("EXP-3");
    }

    @Test
    void DEF_09_a_missing_sheet_and_out_of_scale_scores_refuse_with_exit_1_and_every_reason() throws Exception {
        String bad = sample().replace("{\"juror\": \"PUB-2\", \"project\": \"P-03\", \"scores\": {\"SOCIAL_EFFECT\": 2,",
                "{\"juror\": \"PUB-2\", \"project\": \"P-03\", \"scores\": {\"SOCIAL_EFFECT\": 4,")
                .replace("\"juror\": \"ORG-1\", \"project\": \"P-02\", \"scores\": {\"SOCIAL_EFFECT\": 2",
                        "\"juror\": \"ORG-1\", \"project\": \"P-02\", \"scores\": {\"SOCIAL_EFFECT\": 0");
        assertThat(run(bad)).isEqualTo(1);
        assertThat(err).contains("The protocol is not issued; 4 reason(s):")
                .contains("The sheet of juror ORG-1 for project P-02 is missing")
                .contains("The sheet of juror PUB-2 for project P-03 is missing")
                .contains("$.sheets[19] sheet:PUB-2/P-03 [DEF-04] Juror PUB-2, project P-03: score 4 for SOCIAL_EFFECT is outside the scale [1, 3]")
                .contains("score 0 for SOCIAL_EFFECT");
        assertThat(run(bad, "--json")).isEqualTo(1);
        JsonNode n = new ObjectMapper().readTree(out);
        assertThat(n.path("accepted").asBoolean(true)).isFalse();
        assertThat(n.path("reasons").size()).isEqualTo(4);
        assertThat(n.path("reasons").findValuesAsText("path")).contains("$.sheets[19]");
    }

    @Test
    void DEF_03_a_juror_twice_an_empty_panel_and_a_conflict_are_refused() throws Exception {
        String twice = sample().replace("{\"id\": \"ORG-2\", \"role\": \"ORGANIZER\"", "{\"id\": \"ORG-1\", \"role\": \"ORGANIZER\"");
        assertThat(run(twice)).isEqualTo(1);
        assertThat(err).contains("$.panel.jurors[0], $.panel.jurors[1] juror:ORG-1 [DEF-03] Juror ORG-1 is on the panel twice")
                .contains("$.panel panel [DEF-03] 1 seat(s) of role ORGANIZER are not filled (1 of 2 filled)");
        String empty = "{\"panel\": {\"jurors\": []}, \"projects\": [], \"sheets\": []}";
        assertThat(run(empty, "--lang", "ru")).isEqualTo(1);
        assertThat(err).contains("Жюри пусто").contains("Нет ни одного проекта");
        String conflict = sample().replace("\"juror\": \"PUB-2\", \"project\": \"P-01\"", "\"juror\": \"EXP-3\", \"project\": \"P-01\"");
        assertThat(run(conflict)).isEqualTo(1);
        assertThat(err).contains("Juror EXP-3 may not score project P-01: its mentor-expert")
                .contains("The sheet of juror PUB-2 for project P-01 is missing");
    }

    @Test
    void unreadable_input_exits_2_naming_the_json_path() throws Exception {
        assertThat(run("{ not json")).isEqualTo(2);
        assertThat(err).contains("$ [DEF-04] The file cannot be read as JSON");
        assertThat(run("{\"panel\": {}, \"panel\": {}}")).isEqualTo(2);
        assertThat(err).contains("Duplicate field 'panel'");
        // a file that is JSON but of the wrong shape is invalid (exit 1), every problem with its path
        String strings = sample().replaceFirst("\"SOCIAL_EFFECT\": 3", "\"SOCIAL_EFFECT\": \"3\"");
        assertThat(run(strings)).isEqualTo(1);
        assertThat(err).contains("$.sheets[0].scores.SOCIAL_EFFECT [DEF-04] Expected an integer but found the string \"3\"")
                .contains("sheets.json: 1 problem(s)").doesNotContain("cannot be read");
        assertThat(run("{\"panel\": {\"jurors\": [{\"id\": 5}]}, \"projects\": {}, \"sheets\": [1.5]}")).isEqualTo(1);
        assertThat(err).contains("$.panel.jurors[0].id [DEF-03] Expected a string but found the number 5")
                .contains("$.panel.jurors[0].role [DEF-03] Required field \"role\" is missing")
                .contains("$.projects [DEF-09] Expected an array but found an object")
                .contains("$.sheets[0] [DEF-04] Expected an object but found the number 1.5")
                .doesNotContain("Exception");
    }

    @Test
    void an_unknown_criterion_is_refused_and_a_missing_file_is_unreadable() throws Exception {
        String unknown = sample().replaceFirst("\"EXPERT_RATING\": 3", "\"CHARISMA\": 3");
        assertThat(run(unknown)).isEqualTo(1);
        assertThat(err).contains("criterion CHARISMA is not one of").contains("no score for criterion EXPERT_RATING");
        kz.saruar.examples.cli.CliRunner absent = kz.saruar.examples.cli.CliRunner.run(new CommandLine(new ScoreCommand()),
                dir.resolve("absent.json").toString());
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains("cannot be read").contains("not found");
    }

    @Test
    void a_methodology_file_with_a_jury_of_5_changes_the_numbers() throws Exception {
        Path m = dir.resolve("m.json");
        Files.writeString(m, "{\"basedOn\": \"standard\", \"id\": \"SMALL\", \"defense\": {\"jury\": {\"size\": 5, \"seats\": ["
                + "{\"role\": \"ORGANIZER\", \"count\": 1, \"name\": {\"kk\": \"a\", \"ru\": \"a\", \"en\": \"a\"}},"
                + "{\"role\": \"EXTERNAL_EXPERT\", \"count\": 2, \"name\": {\"kk\": \"b\", \"ru\": \"b\", \"en\": \"b\"}},"
                + "{\"role\": \"PUBLIC_FIGURE\", \"count\": 2, \"name\": {\"kk\": \"c\", \"ru\": \"c\", \"en\": \"c\"}}]},"
                + "\"passThreshold\": null, \"bands\": null, \"quorum\": 4}}");
        String five = sample().replace("{\"id\": \"ORG-2\", \"role\": \"ORGANIZER\", \"name\": \"Organizer 2\"},", "")
                .replace("{\"id\": \"EXP-3\", \"role\": \"EXTERNAL_EXPERT\", \"name\": \"External expert 3\"},", "");
        five = five.replaceAll("\\{\"juror\": \"(ORG-2|EXP-3)\"[^\\n]*\\n", "");
        assertThat(run(five, "--methodology", m.toString(), "--json")).isZero();
        JsonNode n = new ObjectMapper().readTree(out).path("value");
        assertThat(n.path("scoring").path("passThreshold").asInt()).isEqualTo(54);
        assertThat(n.path("scoring").path("maxTotal").asInt()).isEqualTo(75);
    }
}
