package kz.saruar.examples.cli.cohort;

import static kz.saruar.examples.cli.CliRunner.saruar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.AdmissionFacts;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.lifecycle.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saruar cohort …}: one test per command, with the exit codes 0 ok, 1 refused, 2 unreadable. */
class CohortCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @TempDir
    Path dir;

    private String loc() {
        return dir.resolve("almaty-2026").toString();
    }

    private CliRunner init() {
        return saruar("cohort", "init", loc());
    }

    /** A new cohort with the sample application submitted (P-01). */
    private void applied() {
        init();
        saruar("cohort", "apply", loc(), SAMPLES.resolve("application.json").toString());
    }

    @Test
    void init_creates_a_cohort_once() {
        CliRunner r = init();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ACCEPTED");
        assertThat(Files.isDirectory(dir.resolve("almaty-2026/journal"))).isTrue();
        assertThat(init().exitCode()).isEqualTo(1);
        assertThat(saruar("cohort", "init", loc() + "2", "--methodology", "no-such-file.json").exitCode()).isEqualTo(2);
    }

    @Test
    void APP_03_apply_submits_once_per_file() {
        init();
        CliRunner first = saruar("cohort", "apply", loc(), SAMPLES.resolve("application.json").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ApplicationSubmitted");
        CliRunner again = saruar("cohort", "apply", loc(), SAMPLES.resolve("application.json").toString(), "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(json(again.out()).path("value").path("firstPosition").asLong()).isEqualTo(1);
        assertThat(saruar("cohort", "apply", loc(), "missing.json").exitCode()).isEqualTo(2);
        assertThat(saruar("cohort", "apply", dir.resolve("nowhere").toString(),
                SAMPLES.resolve("application.json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void APP_10_command_applies_a_lifecycle_command_and_refuses_with_reasons() throws Exception {
        applied();
        CliRunner ok = saruar("cohort", "command", loc(), SAMPLES.resolve("cohort-command.json").toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        CliRunner unknown = saruar("cohort", "command", loc(), SAMPLES.resolve("cohort-reject.json").toString(), "--json");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(json(unknown.out()).path("reasons").get(0).path("code").asText()).isEqualTo("UNKNOWN_PROJECT");
        Path notJson = dir.resolve("bad.json");
        Files.writeString(notJson, "{\"type\":", StandardCharsets.UTF_8);
        assertThat(saruar("cohort", "command", loc(), notJson.toString()).exitCode()).isIn(1, 2);
        Path team = dir.resolve("team.json");
        Files.writeString(team, Files.readString(SAMPLES.resolve("cohort-command.json")).replace("ORGANIZER", "TEAM")
                .replace("preselect-P-01", "k2"));
        CliRunner refused = saruar("cohort", "command", loc(), team.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("APP-10");
    }

    @Test
    void DEF_09_sheets_holds_the_defense_of_the_sample_projects() {
        init();
        inPreAcceleration("P-01", "P-02", "P-03");
        CliRunner r = saruar("cohort", "sheets", loc(), SAMPLES.resolve("defense-sheets.json").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("DefenseHeld");
        CliRunner status = saruar("cohort", "status", loc());
        assertThat(status.out()).containsAnyOf("DEFENDED", "NOT_PASSED");
        // the same file again is the same session
        assertThat(saruar("cohort", "sheets", loc(), SAMPLES.resolve("defense-sheets.json").toString()).exitCode()).isZero();
    }

    @Test
    void status_prints_projects_by_state_and_deadlines() {
        applied();
        CliRunner text = saruar("cohort", "status", loc());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("APPLIED (1): P-01").contains("First interview with experts by ").contains("+ 7 days) [APP-10] P-01");
        JsonNode j = json(saruar("cohort", "status", loc(), "--json").out());
        assertThat(j.path("accepted").asBoolean()).isTrue();
        assertThat(j.path("value").path("byState").path("APPLIED").get(0).asText()).isEqualTo("P-01");
        assertThat(text.out()).doesNotContain("Айгүл");
    }

    @Test
    void PRE_05_the_cohort_commands_take_newer_holiday_data() throws Exception {
        applied();
        java.nio.file.Path holidays = java.nio.file.Files.createDirectories(dir.resolve("holidays"));
        java.nio.file.Files.writeString(holidays.resolve("2031.json"), """
                {"calendarId": "KZ", "year": 2031, "checked": "operator test",
                 "days": [{"date": "2031-01-01", "kind": "PUBLIC_HOLIDAY", "name": "New Year", "source": "Law No. 267-II"}]}
                """);
        String out = dir.resolve("report.html").toString();
        CliRunner ok = saruar("cohort", "report", loc(), "--out", out, "--holidays", holidays.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        java.nio.file.Files.writeString(holidays.resolve("2032.json"), "{\"calendarId\": \"KZ\", \"year\": 2032}");
        for (String command : new String[] {"report", "command"}) {
            CliRunner bad = command.equals("report")
                    ? saruar("cohort", "report", loc(), "--out", out, "--holidays", holidays.toString())
                    : saruar("cohort", "command", loc(), SAMPLES.resolve("cohort-command.json").toString(), "--holidays",
                            holidays.toString());
            assertThat(bad.exitCode()).as(command).isEqualTo(2);
            assertThat(bad.out() + bad.err()).as(command).contains("2032").doesNotContain("Exception");
        }
        // status shows deadlines in calendar days (APP-10, DEF-11): it takes no calendar
        assertThat(saruar("cohort", "status", loc(), "--holidays", holidays.toString()).err()).contains("--holidays");
    }

    @Test
    void events_prints_one_json_line_per_event_without_personal_data() {
        applied();
        CliRunner r = saruar("cohort", "events", loc());
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(json(lines[0]).path("type").asText()).isEqualTo("CohortCreated");
        assertThat(json(lines[1]).path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Айгүл").doesNotContain("team@example.kz");
    }

    @Test
    void LFT_06_verify_reports_ok_and_a_damaged_journal() throws Exception {
        applied();
        CliRunner ok = saruar("cohort", "verify", loc());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).startsWith("OK: 2 events");
        Path f = dir.resolve("almaty-2026/journal").resolve(FileJournalStore.JOURNAL_FILE);
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 0x20;
        Files.write(f, b);
        CliRunner bad = saruar("cohort", "verify", loc());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("INVALID");
        assertThat(saruar("cohort", "verify", dir.resolve("nowhere").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void erase_deletes_a_persons_data_and_the_journal_still_verifies() {
        applied();
        CliRunner r = saruar("cohort", "erase", loc(), "P-01/applicant");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(saruar("cohort", "verify", loc()).exitCode()).isZero();
        assertThat(saruar("cohort", "status", loc(), "--json").out()).contains("\"erasedPersons\" : 1");
        assertThat(saruar("cohort", "erase", loc(), "P-09/applicant").exitCode()).isEqualTo(1);
    }

    private void inPreAcceleration(String... projects) {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Path home = dir.resolve("almaty-2026");
        try (FileJournalStore store = FileJournalStore.open(home.resolve("journal"))) {
            Cohort c = Cohort.open(store, clock, FilePersonKeys.open(home.resolve("keys")));
            ProjectApplication app = ApplicationJson.read(SAMPLES.resolve("application.json"), clock).value().orElseThrow();
            Actor org = Actor.of("org", ActorRole.ORGANIZER);
            for (String p : projects) {
                c.submit(new CohortCommand.SubmitApplication(p + "s", Actor.of("t", ActorRole.TEAM), p, app)).orElseThrow();
                c.submit(new CohortCommand.Lifecycle(p + "p", org, p, new Commands.Preselect())).orElseThrow();
                c.submit(new CohortCommand.Lifecycle(p + "i", Actor.of("e", ActorRole.EXPERT_GROUP), p,
                        new Commands.RecordFirstInterview(LocalDate.now(clock)))).orElseThrow();
                c.submit(new CohortCommand.UpdateApplication(p + "u", Actor.of("t", ActorRole.TEAM), p,
                        app.withAdmission(AdmissionFacts.of(true, true, true)))).orElseThrow();
                c.submit(new CohortCommand.Lifecycle(p + "a", org, p,
                        new Commands.AdmitToPreAcceleration(EligibilityVerdict.of(java.util.List.of())))).orElseThrow();
            }
        }
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
