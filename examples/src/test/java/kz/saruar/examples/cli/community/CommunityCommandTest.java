package kz.saruar.examples.cli.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saruar community collaborations|ikigai|search}: exit 0 with the result, 1 refused, 2 unreadable, --help 0, --json in the DecisionJson shape. */
class CommunityCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sample(String name) {
        return Samples.copy(name, dir);
    }

    /** {@code community SUB} on the sample with {@code from} replaced by {@code to}, as JSON: its exit code and output. */
    private CliRunner broken(String sub, String sample, String from, String to, String... args) throws Exception {
        Path bad = dir.resolve("bad-" + sample);
        Files.writeString(bad, Files.readString(sample(sample)).replace(from, to));
        List<String> all = new ArrayList<>(List.of("community", sub, bad.toString(), "--json"));
        all.addAll(List.of(args));
        return CliRunner.saruar(all.toArray(String[]::new));
    }

    @Test
    void HUB_05_collaborations_are_counted_in_all_by_kind_and_by_party() throws Exception {
        CliRunner r = CliRunner.saruar("community", "collaborations", sample("collaborations.json").toString(), "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("HUB-05 Collaborations: 3").contains("PROJECT_WITH_PROJECT  2").contains("P-02  2")
                .contains("→ 40 birdhouses from reclaimed wood");
        CliRunner j = CliRunner.saruar("community", "collaborations", sample("collaborations.json").toString(), "--json",
                "--from", "2021-05-01", "--to", "2021-12-31");
        assertThat(j.exitCode()).isZero();
        JsonNode n = JSON.readTree(j.out());
        assertThat(n.path("accepted").asBoolean()).isTrue();
        assertThat(n.path("value").path("count").asInt()).isEqualTo(2);
        assertThat(n.path("value").path("byParty").path("P-01").asInt()).isEqualTo(1);
    }

    @Test
    void HUB_05_a_collaboration_with_itself_is_refused_with_its_path_and_exit_1() throws Exception {
        CliRunner r = broken("collaborations", "collaborations.json", "[\"P-01\", \"E-03\"]", "[\"P-01\", \"P-01\"]", "--lang", "kk");
        Path bad = dir.resolve("bad-collaborations.json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.path("accepted").asBoolean()).isFalse();
        assertThat(n.path("reasons").get(0).path("code").asText()).isEqualTo("COLLABORATION_WITH_ITSELF");
        assertThat(n.path("reasons").get(0).path("subject").asText()).isEqualTo("$.collaborations[1].parties");
        assertThat(n.path("reasons").get(0).path("rules").get(0).asText()).isEqualTo("HUB-05");
        CliRunner text = CliRunner.saruar("community", "collaborations", bad.toString());
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.err()).contains("[HUB-05]");
        assertThat(CliRunner.saruar("community", "collaborations", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void CAT_08_the_ikigai_worksheet_shows_its_intersections_and_renders_through_the_template_spi() throws Exception {
        Path w = sample("ikigai-worksheet.json");
        CliRunner r = CliRunner.saruar("community", "ikigai", w.toString(), "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("CAT-08 Eco school for yards").contains("In all three: Clean yards, Sorting bins");
        CliRunner j = CliRunner.saruar("community", "ikigai", w.toString(), "--json");
        assertThat(JSON.readTree(j.out()).path("value").path("intersection")).hasSize(2);
        CliRunner md = CliRunner.saruar("community", "ikigai", w.toString(), "--render", "md", "--lang", "ru");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).contains("| Чего хотят | Что могут | Что нужно |").contains("- Clean yards\n- Sorting bins");
        Path html = dir.resolve("ikigai.html");
        CliRunner h = CliRunner.saruar("community", "ikigai", w.toString(), "--render", "html", "--lang", "kk", "--out", html.toString());
        assertThat(h.exitCode()).isZero();
        assertThat(Files.readString(html)).contains("Не қалайды").contains("<li>Clean yards</li>");
    }

    @Test
    void CAT_08_a_worksheet_with_an_unknown_field_is_refused_and_a_missing_file_is_unreadable() throws Exception {
        CliRunner r = broken("ikigai", "ikigai-worksheet.json", "\"need\"", "\"needs\"");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).path("accepted").asBoolean()).isFalse();
        assertThat(CliRunner.saruar("community", "ikigai", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void PLT_01_search_filters_by_direction_competency_region_and_stage_and_never_prints_names() throws Exception {
        Path reg = sample("mentor-registry.json");
        CliRunner r = CliRunner.saruar("community", "search", reg.toString(), "--competency", "PSYCHOLOGY", "--in", "experts",
                "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("PLT-01 Experts: 1").contains("E-03").doesNotContain("Projects");
        CliRunner p = CliRunner.saruar("community", "search", reg.toString(), "--stage", "FIRST_CIRCLE", "--json");
        JsonNode n = JSON.readTree(p.out());
        assertThat(n.path("accepted").asBoolean()).isTrue();
        assertThat(n.path("value").path("projects")).hasSize(1);
        assertThat(n.path("value").path("projects").get(0).path("id").asText()).isEqualTo("P-02");
        CliRunner all = CliRunner.saruar("community", "search", reg.toString(), "--json");
        assertThat(all.out()).doesNotContain("Айгүл").doesNotContain("@example");
        CliRunner none = CliRunner.saruar("community", "search", reg.toString(), "--region", "NOWHERE", "--lang", "kk");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("Сарапшылар: 0").contains("Жобалар: 0");
    }

    @Test
    void PLT_01_a_refused_registry_exits_1_an_unreadable_one_2_and_help_0() throws Exception {
        CliRunner r = broken("search", "mentor-registry.json", "\"PSYCHOLOGY\"", "\"ASTROLOGY\"");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).path("reasons").get(0).path("code").asText()).isEqualTo("UNKNOWN_COMPETENCY");
        assertThat(CliRunner.saruar("community", "search", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
        for (String sub : new String[] {"collaborations", "ikigai", "search"}) {
            CliRunner h = CliRunner.saruar("community", sub, "--help");
            assertThat(h.exitCode()).as(sub).isZero();
            assertThat(h.out()).contains("--lang").contains("--json");
        }
        assertThat(CliRunner.saruar("community", "--help").exitCode()).isZero();
    }
}
