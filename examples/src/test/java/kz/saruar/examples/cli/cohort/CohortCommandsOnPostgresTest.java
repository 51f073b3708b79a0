package kz.saruar.examples.cli.cohort;

import static kz.saruar.examples.cli.CliRunner.saruar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saruar cohort … jdbc:postgresql://…} (LFT-06): every cohort command against a real
 * PostgreSQL server started by the test run, the store found through the storage SPI for the
 * JDBC URL and the keys kept apart in {@code --keys DIR}; the same exit codes as on a directory.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class CohortCommandsOnPostgresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @TempDir
    Path keys;

    @Test
    void APP_03_DEF_09_the_cohort_commands_run_against_a_jdbc_url(ThrowawayPostgres pg) throws Exception {
        String url = pg.newDatabase() + "&saruarStream=cohort-almaty-2026";
        String k = keys.toString();
        CliRunner init = saruar("cohort", "init", url, "--keys", k);
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("ACCEPTED");
        assertThat(saruar("cohort", "init", url, "--keys", k).exitCode()).as("the journal already holds a cohort").isEqualTo(1);

        CliRunner apply = saruar("cohort", "apply", url, SAMPLES.resolve("application.json").toString(), "--keys", k);
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("ApplicationSubmitted");
        CliRunner command = saruar("cohort", "command", url, SAMPLES.resolve("cohort-command.json").toString(), "--keys", k);
        assertThat(command.exitCode()).as(command.out() + command.err()).isZero();
        CliRunner refused = saruar("cohort", "command", url, SAMPLES.resolve("cohort-reject.json").toString(), "--keys", k,
                "--json");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(json(refused.out()).path("reasons").get(0).path("code").asText()).isEqualTo("UNKNOWN_PROJECT");

        JsonNode status = json(saruar("cohort", "status", url, "--keys", k, "--json").out());
        assertThat(status.path("value").path("byState").path("PRESELECTED").get(0).asText()).isEqualTo("P-01");
        String[] events = saruar("cohort", "events", url, "--keys", k).out().strip().split("\n");
        assertThat(events).hasSize(3);
        assertThat(json(events[0]).path("type").asText()).isEqualTo("CohortCreated");

        CliRunner erase = saruar("cohort", "erase", url, "P-01/applicant", "--keys", k);
        assertThat(erase.exitCode()).as(erase.err()).isZero();
        CliRunner verify = saruar("cohort", "verify", url, "--keys", k);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(json(saruar("cohort", "status", url, "--keys", k, "--json").out()).path("value").path("erasedPersons").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_jdbc_url_without_keys_or_without_a_server_is_unreadable(ThrowawayPostgres pg) {
        String url = pg.newDatabase() + "&saruarStream=cohort-nokeys";
        CliRunner noKeys = saruar("cohort", "init", url);
        assertThat(noKeys.exitCode()).isEqualTo(2);
        assertThat(noKeys.err()).contains("--keys");
        CliRunner noServer = saruar("cohort", "status", "jdbc:postgresql://127.0.0.1:1/none?user=postgres&saruarStream=x",
                "--keys", keys.toString());
        assertThat(noServer.exitCode()).isEqualTo(2);
        assertThat(noServer.err()).containsIgnoringCase("cannot open the cohort");
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }
}
