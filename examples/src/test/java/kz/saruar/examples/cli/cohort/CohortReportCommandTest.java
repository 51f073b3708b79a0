package kz.saruar.examples.cli.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saruar cohort report}: the simulation's report from a cohort's journal
 * (docs/simulation.md). A simulated cohort kept with {@code simulate --cohort DIR} is a real cohort
 * on disk: verify checks its chain, and its report shows the very funnel the simulation printed.
 */
class CohortReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void SECTION_11_a_kept_simulated_cohort_verifies_and_reports_the_funnel_the_simulation_printed() throws Exception {
        Path cohort = dir.resolve("sim-cohort");
        // 40 applicants: every stage of the funnel still happens, each command fsync'd to the directory
        CliRunner sim = CliRunner.saruar("simulate", "--json", "--seed", "11", "--applications", "40", "--cohort",
                cohort.toString(), "--out", dir.resolve("sim.html").toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        JsonNode simulated = new ObjectMapper().readTree(sim.out()).get("value");

        CliRunner verify = CliRunner.saruar("cohort", "verify", cohort.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("OK: ");

        Path html = dir.resolve("cohort.html");
        Path csv = dir.resolve("csv");
        CliRunner report = CliRunner.saruar("cohort", "report", cohort.toString(), "--json", "--lang", "en", "--out",
                html.toString(), "--csv", csv.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode reported = new ObjectMapper().readTree(report.out()).get("value");
        assertThat(reported.get("funnel")).isEqualTo(simulated.get("funnel"));
        // one real cohort: named, not seeded, and no spread over runs in its figures or tables
        assertThat(reported.get("cohort").asText()).isEqualTo("SIM-KIOR_2020-11");
        assertThat(reported.has("seed")).isFalse();
        assertThat(reported.has("spread")).isFalse();
        assertThat(reported.get("defense")).isEqualTo(simulated.get("defense"));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "SIM-KIOR_2020-11", "data-chart=\"liftcoin\"")
                .doesNotContain("<script");
        assertThat(csv.resolve("funnel.csv")).exists();
        assertThat(csv.resolve("funnel-spread.csv")).doesNotExist();

        // PRE-05: --holidays gives the program calendar's working days (here every weekday of February 2026 a holiday)
        Path holidays = Files.createDirectories(dir.resolve("holidays"));
        StringBuilder days = new StringBuilder();
        for (java.time.LocalDate d = java.time.LocalDate.of(2026, 2, 1); d.getMonthValue() == 2; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.append(days.length() == 0 ? "" : ",").append("{\"date\": \"").append(d)
                        .append("\", \"kind\": \"PUBLIC_HOLIDAY\", \"name\": \"Test\", \"source\": \"test\"}");
            }
        }
        Files.writeString(holidays.resolve("2026.json"),
                "{\"calendarId\": \"KZ\", \"year\": 2026, \"checked\": \"test\", \"days\": [" + days + "]}");
        Path other = dir.resolve("csv-holidays");
        CliRunner onHolidays = CliRunner.saruar("cohort", "report", cohort.toString(), "--lang", "en", "--out",
                dir.resolve("holidays.html").toString(), "--csv", other.toString(), "--holidays", holidays.toString());
        assertThat(onHolidays.exitCode()).as(onHolidays.err()).isZero();
        assertThat(Files.readString(other.resolve("funnel.csv"))).isEqualTo(Files.readString(csv.resolve("funnel.csv")));
        assertThat(Files.readString(other.resolve("calendar.csv"))).isNotEqualTo(Files.readString(csv.resolve("calendar.csv")));
        // the commands that only read the journal take no calendar
        CliRunner verifyOnHolidays = CliRunner.saruar("cohort", "verify", cohort.toString(), "--lang", "en", "--holidays",
                holidays.toString());
        assertThat(verifyOnHolidays.exitCode()).isEqualTo(2);
        assertThat(verifyOnHolidays.err()).contains("Unknown argument: --holidays");

        CliRunner text = CliRunner.saruar("cohort", "report", cohort.toString(), "--lang", "ru", "--out",
                dir.resolve("ru.html").toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("SIM-KIOR_2020-11", "Заявки", "[DEF-06, DEF-11, DEF-12, ACC-01]", "остановлены по правилам: {");
    }

    @Test
    void a_location_without_a_cohort_is_unreadable_with_exit_2() {
        CliRunner r = CliRunner.saruar("cohort", "report", dir.resolve("nothing").toString(), "--out",
                dir.resolve("x.html").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void simulate_refuses_to_keep_a_cohort_where_one_already_is_with_exit_2() throws Exception {
        Files.createDirectories(dir.resolve("taken/journal"));
        CliRunner r = CliRunner.saruar("simulate", "--cohort", dir.resolve("taken").toString(), "--out",
                dir.resolve("y.html").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("already holds a cohort journal");
    }
}
