package kz.saruar.examples.cli.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SchedulingCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(Callable<Integer> command, String... args) {
        kz.saruar.examples.cli.CliRunner r = kz.saruar.examples.cli.CliRunner.run(new CommandLine(command), args);
        return new Run(r.exitCode(), r.out(), r.err());
    }

    static Path sample(String name) {
        return Path.of("src/main/resources/samples", name);
    }

    @Test
    void workdays_add_over_nauryz() {
        Run r = run(new WorkdaysCommand(), "add", "2026-03-20", "5");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).isEqualTo("2026-04-01");
    }

    @Test
    void workdays_count() {
        Run r = run(new WorkdaysCommand(), "count", "2025-12-31", "2026-12-31");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).as("31 August 2026 is a working day since the Constitution of 15 March 2026").isEqualTo("247");
    }

    @Test
    void workdays_refuses_a_year_without_data_and_dates_out_of_order() {
        Run r = run(new WorkdaysCommand(), "--lang", "en", "add", "2031-01-10", "5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("NO_HOLIDAY_DATA").contains("2031");
        assertThat(run(new WorkdaysCommand(), "count", "2026-05-01", "2026-04-01").code()).isEqualTo(1);
        assertThat(run(new WorkdaysCommand(), "add", "20-03-2026", "5").code()).isEqualTo(2);
    }

    @Test
    void calendar_of_the_sample_cohort_with_ics() throws Exception {
        Path ics = dir.resolve("cohort.ics");
        Run r = run(new CalendarCommand(), sample("cohort.json").toString(), "--ics", ics.toString(), "--lang", "kk");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[PRE-02]").contains("[ACC-04]").contains("[DEF-11]").contains("[ACC-03]");
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT").contains("DESCRIPTION:DEF-11");
    }

    @Test
    void calendar_refuses_a_zero_month_program_and_reports_unreadable_input() throws Exception {
        Path zero = dir.resolve("zero.json");
        Files.writeString(zero, "{\"cohort\":\"x\",\"preAccelerationStart\":\"2026-03-02\",\"preAccelerationMonths\":0}");
        Run r = run(new CalendarCommand(), zero.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ZERO_LENGTH_PROGRAM").contains("PRE-01");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{not json");
        assertThat(run(new CalendarCommand(), bad.toString()).code()).isEqualTo(2);
        Path badDate = dir.resolve("bad-date.json");
        Files.writeString(badDate, "{\"cohort\":\"x\",\"preAccelerationStart\":\"02.03.2026\"}");
        Run d = run(new CalendarCommand(), badDate.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("02.03.2026");
        assertThat(run(new CalendarCommand(), dir.resolve("missing.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void consultations_plan_of_the_sample_places_everything() {
        Run r = run(new ConsultationsCommand(), "plan", sample("consultation-requests.json").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("размещено: 5, не размещено: 0, нарушений ограничений: 0");
    }

    @Test
    void consultations_plan_reports_an_unknown_expert_and_availability_in_the_past() throws Exception {
        Path f = dir.resolve("req.json");
        Files.writeString(f, """
                {"now": "2026-03-02T09:00:00+05:00",
                 "experts": [{"id": "E1", "availability": [{"start": "2026-03-10T10:00:00+05:00", "end": "2026-03-10T11:00:00+05:00"}]}],
                 "requests": [{"id": "r1", "project": "P1", "expert": "E1"}, {"id": "r2", "project": "P2", "expert": "E404"}]}
                """);
        Run r = run(new ConsultationsCommand(), "plan", f.toString(), "--json", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"UNKNOWN_EXPERT\"").contains("\"PRE-05\"");
        Path past = dir.resolve("past.json");
        Files.writeString(past, """
                {"now": "2026-03-02T09:00:00+05:00",
                 "experts": [{"id": "E1", "availability": [{"start": "2026-02-10T10:00:00+05:00", "end": "2026-02-10T11:00:00+05:00"}]}],
                 "requests": []}
                """);
        Run p = run(new ConsultationsCommand(), "plan", past.toString(), "--lang", "en");
        assertThat(p.code()).isEqualTo(1);
        assertThat(p.err()).contains("AVAILABILITY_IN_THE_PAST");
    }

    @Test
    void consultations_plan_refuses_experts_given_as_an_object_at_its_path() throws Exception {
        Path f = dir.resolve("obj.json");
        Files.writeString(f, "{\"now\": \"2026-03-02T09:00:00+05:00\", \"experts\": {\"E1\": 1}, \"requests\": []}");
        Run r = run(new ConsultationsCommand(), "plan", f.toString(), "--json", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("\"accepted\" : false").contains("\"subject\" : \"$.experts\"")
                .doesNotContain("Exception");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void workdays_count_across_2023_and_2024_and_the_holidays_of_a_year_with_sources() {
        Run r = run(new WorkdaysCommand(), "count", "2023-12-31", "2024-12-31");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("248");
        Run h = run(new WorkdaysCommand(), "--json", "holidays", "2027");
        assertThat(h.code()).as(h.err()).isZero();
        assertThat(h.out()).contains("\"accepted\" : true").contains("2027-03-15").contains("\"provisional\" : true");
        Run t = run(new WorkdaysCommand(), "holidays", "2024");
        assertThat(t.out()).contains("2024-05-08").contains("17 April 2024");
    }

    @Test
    void workdays_holidays_dir_overrides_the_built_in_year(@TempDir Path holidays) throws Exception {
        Files.writeString(holidays.resolve("2031.json"), """
                {"calendarId": "KZ", "year": 2031, "checked": "operator test",
                 "days": [{"date": "2031-01-01", "kind": "PUBLIC_HOLIDAY", "name": "New Year", "source": "Law No. 267-II"}]}
                """);
        Run r = run(new WorkdaysCommand(), "--holidays", holidays.toString(), "add", "2031-01-01", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("2031-01-02");
    }
}
