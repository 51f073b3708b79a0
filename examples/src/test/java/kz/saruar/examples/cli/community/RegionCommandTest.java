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

/** {@code saruar region readiness}: exit 0 with the gaps, 1 refused, 2 unreadable, --help 0. */
class RegionCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        return Samples.copy("region-readiness.json", dir);
    }

    @Test
    void REG_03_readiness_with_gaps() throws Exception {
        CliRunner r = CliRunner.saruar("region", "readiness", sample().toString(), "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("REG-03 TURKISTAN").contains("Roles nobody holds (REG-02): Civil resource centers")
                .contains("The region is not ready yet");
        CliRunner j = CliRunner.saruar("region", "readiness", sample().toString(), "--json");
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertThat(n.path("value").path("uncoveredTasks")).hasSize(3);
    }

    @Test
    void REG_03_refused_and_unreadable_inputs_have_their_exit_codes() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample()).replace("\"rating\": 3", "\"rating\": 9"));
        CliRunner r = CliRunner.saruar("region", "readiness", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("[REG-03]");
        assertThat(CliRunner.saruar("region", "readiness", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.saruar("region", "readiness", "--help").exitCode()).isZero();
    }
}
