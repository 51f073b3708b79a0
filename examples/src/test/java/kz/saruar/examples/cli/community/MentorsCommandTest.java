package kz.saruar.examples.cli.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saruar mentors suggest|assign}: exit 0 with the result, 1 refused, 2 unreadable, --help 0. */
class MentorsCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        return Samples.copy("mentor-registry.json", dir);
    }

    private static CliRunner run(String... args) {
        CliRunner r = CliRunner.saruar(args);
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    @Test
    void HUB_01_suggest_ranks_and_explains() throws Exception {
        CliRunner r = run("mentors", "suggest", sample().toString(), "P-01", "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1. E-01  123").contains("covers: DIAGNOSTICS:STRATEGIC_MANAGEMENT, DIAGNOSTICS:TEAM_DEVELOPMENT")
                .contains("E-04: [HUB-01]").contains("mutual consent").doesNotContain("Айгүл");
        CliRunner j = run("mentors", "suggest", sample().toString(), "P-03", "--json", "--lang", "en");
        assertThat(j.exitCode()).isZero();
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertThat(n.path("accepted").asBoolean()).isTrue();
        assertThat(n.path("value").path("ranked").get(0).path("expert").asText()).isEqualTo("E-03");
        assertThat(j.out()).contains("CONFLICT_OF_INTEREST").contains("DECLINED_BEFORE");
    }

    @Test
    void HUB_01_assign_gives_the_optimal_cohort_assignment() throws Exception {
        CliRunner r = run("mentors", "assign", sample().toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.path("value").path("totalFit").asLong()).isEqualTo(508);
        assertThat(n.path("value").path("pairs")).hasSize(4);
        assertThat(n.path("value").path("unassigned")).isEmpty();
        CliRunner t = run("mentors", "assign", sample().toString());
        assertThat(t.exitCode()).isZero();
        assertThat(t.out()).contains("P-02 <- E-02  140");
    }

    @Test
    void PLT_01_refused_and_unreadable_inputs_have_their_exit_codes() throws Exception {
        assertThat(run("mentors", "suggest", sample().toString(), "P-99").exitCode()).isEqualTo(1);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample()).replace("\"PSYCHOLOGY\", \"EFFECTIVE", "\"ASTROLOGY\", \"EFFECTIVE"),
                StandardCharsets.UTF_8);
        CliRunner refused = run("mentors", "assign", bad.toString(), "--json");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(refused.out()).path("reasons").get(0).path("code").asText()).isEqualTo("UNKNOWN_COMPETENCY");
        assertThat(run("mentors", "assign", dir.resolve("missing.json").toString()).exitCode()).isEqualTo(2);
        Files.writeString(bad, "{ not json");
        assertThat(run("mentors", "assign", bad.toString()).exitCode()).isEqualTo(2);
        assertThat(run("mentors", "suggest", "--help").exitCode()).isZero();
        assertThat(run("mentors", "assign", "--help").exitCode()).isZero();
    }
}
