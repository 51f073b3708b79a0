package kz.saruar.examples.cli.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saruar impact report}: exit 0 with HTML and CSV, 1 refused, 2 unreadable, --help 0. */
class ImpactCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        return Samples.copy("theory-of-change.json", dir);
    }

    @Test
    void HUB_03_the_report_as_text_html_csv_and_json() throws Exception {
        Path html = dir.resolve("impact.html");
        Path csv = dir.resolve("csv");
        CliRunner r = CliRunner.saruar("impact", "report", sample().toString(), "--html", html.toString(), "--csv", csv.toString(),
                "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("P-01 UNEMPLOYMENT [%]: 80 -> 40, 38 (2021-07-31), 105.0% ✓").contains("cohort 2020: 2 projects");
        assertThat(Files.readString(html)).contains("<svg").doesNotContain("<script");
        assertThat(Files.readString(csv.resolve("progress.csv"))).startsWith("project,indicator,");
        assertThat(csv.resolve("summary.csv")).exists();
        CliRunner j = CliRunner.saruar("impact", "report", sample().toString(), "--json");
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertThat(n.path("accepted").asBoolean()).isTrue();
        assertThat(n.path("value").path("progress")).hasSize(3);
    }

    @Test
    void HUB_03_refused_and_unreadable_inputs_have_their_exit_codes() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample()).replace("\"unit\": \"kg\", \"source\"", "\"unit\": \"lb\", \"source\""));
        CliRunner r = CliRunner.saruar("impact", "report", bad.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("WRONG_UNIT").contains("HUB-03");
        assertThat(CliRunner.saruar("impact", "report", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.saruar("impact", "report", "--help").exitCode()).isZero();
    }
}
