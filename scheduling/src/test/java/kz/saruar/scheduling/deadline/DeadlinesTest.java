package kz.saruar.scheduling.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.saruar.model.Language;
import kz.saruar.model.Kazakhstan;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private final Deadlines deadlines = new Deadlines(WorkingCalendar.kazakhstan(), DeadlineRules.standard(), Kazakhstan.ZONE);
    private final IntakeWindow window2026 = IntakeWindow.of(LocalDate.of(2026, 1, 15),
            ZonedDateTime.of(2026, 2, 28, 18, 0, 0, 0, Kazakhstan.ZONE)).orElseThrow();

    @Test
    void APP_09_the_intake_window_closes_at_its_zoned_moment() {
        assertThat(window2026.accepts(ZonedDateTime.of(2026, 2, 28, 17, 59, 0, 0, Kazakhstan.ZONE).toInstant())).isTrue();
        assertThat(window2026.accepts(ZonedDateTime.of(2026, 2, 28, 18, 0, 1, 0, Kazakhstan.ZONE).toInstant())).isFalse();
        assertThat(window2026.accepts(ZonedDateTime.of(2026, 1, 14, 23, 0, 0, 0, Kazakhstan.ZONE).toInstant())).isFalse();
        assertThat(IntakeWindow.of(LocalDate.of(2026, 3, 1), window2026.closes()).reasons())
                .extracting(r -> r.code()).containsExactly("DATES_OUT_OF_ORDER");
    }

    @Test
    void APP_10_first_interview_within_seven_days_of_submission() {
        // 23:30 Almaty on 9 March is still 9 March there, though 18:30 UTC.
        DateDeadline d = deadlines.firstInterview(Instant.parse("2026-03-09T18:30:00Z"));
        assertThat(d.rule().value()).isEqualTo("APP-10");
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(d.inputs()).containsEntry("days", "7").containsEntry("zone", "Asia/Almaty");
        assertThat(d.isMetBy(LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(d.isMetBy(LocalDate.of(2026, 3, 17))).isFalse();
    }

    @Test
    void APP_11_commission_starts_within_twenty_working_days_of_intake_opening() {
        DateDeadline d = deadlines.commissionStart(window2026).orElseThrow();
        assertThat(d.rule().value()).isEqualTo("APP-11");
        // From Thursday 15 January 2026: 20 working days, no holiday in between.
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(d.description().get(Language.KK)).contains("2026-02-12");
    }

    @Test
    void APP_11_final_meeting_within_five_working_days_after_intake_closes() {
        IntakeWindow w = IntakeWindow.of(LocalDate.of(2026, 2, 1), ZonedDateTime.of(2026, 3, 18, 18, 0, 0, 0, Kazakhstan.ZONE))
                .orElseThrow();
        // Wednesday 18 March 2026; 19, 20 March, then 21-25 off, then 26, 27, 30 March.
        assertThat(deadlines.finalMeeting(w).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void APP_11_is_refused_for_a_year_without_holiday_data() {
        IntakeWindow w = IntakeWindow.of(LocalDate.of(2031, 1, 15), ZonedDateTime.of(2031, 2, 28, 18, 0, 0, 0, Kazakhstan.ZONE))
                .orElseThrow();
        var o = deadlines.commissionStart(w);
        assertThat(o.reasons()).extracting(r -> r.code()).containsExactly("NO_HOLIDAY_DATA");
        assertThat(o.reasons().get(0).rules()).extracting(Object::toString).containsExactly("APP-11");
    }

    @Test
    void DEF_11_application_to_acceleration_within_three_days_after_the_defense() {
        DateDeadline d = deadlines.accelerationApplication(LocalDate.of(2026, 5, 29));
        assertThat(d.rule().value()).isEqualTo("DEF-11");
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(d.inputs()).containsEntry("defense", "2026-05-29");
    }

    @Test
    void PRE_06_agenda_is_due_three_days_before_and_survey_twelve_hours_after() {
        Instant start = ZonedDateTime.of(2026, 4, 7, 10, 0, 0, 0, Kazakhstan.ZONE).toInstant();
        TimeDeadline agenda = deadlines.agenda(start);
        assertThat(agenda.due()).isEqualTo(ZonedDateTime.of(2026, 4, 4, 10, 0, 0, 0, Kazakhstan.ZONE));
        TimeDeadline survey = deadlines.survey(start.plusSeconds(3600));
        assertThat(survey.due()).isEqualTo(ZonedDateTime.of(2026, 4, 7, 23, 0, 0, 0, Kazakhstan.ZONE));
        assertThat(survey.isMetBy(survey.due().toInstant())).isTrue();
        assertThat(survey.isMetBy(survey.due().toInstant().plusSeconds(1))).isFalse();
        assertThat(agenda.rule().value()).isEqualTo("PRE-06");
    }
}
