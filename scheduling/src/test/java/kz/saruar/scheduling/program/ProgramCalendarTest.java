package kz.saruar.scheduling.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ProgramCalendarTest {
    private final Methodology standard = Methodology.standard();
    private final WorkingCalendar kz = WorkingCalendar.kazakhstan();
    private final ProgramCalendarGenerator generator = new ProgramCalendarGenerator(standard, kz, ProgramSettings.standard());
    private final ProgramCalendar cohort = generator.generate("almaty-2026", LocalDate.of(2026, 3, 2)).orElseThrow();

    private static List<String> codes(Outcome<?> o) {
        return o.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void PRE_01_pre_acceleration_lasts_two_months_by_default_and_ends_with_the_defense() {
        ProgramSession defense = cohort.sessions(SessionKind.DEFENSE).get(0);
        assertThat(defense.start().toLocalDate()).isBefore(LocalDate.of(2026, 5, 2)).isAfter(LocalDate.of(2026, 4, 24));
        assertThat(generator.generate("x", LocalDate.of(2026, 3, 2), 3).orElseThrow().sessions(SessionKind.DEFENSE).get(0)
                .start().toLocalDate()).isAfter(LocalDate.of(2026, 5, 25));
    }

    @Test
    void PRE_02_four_kickoffs_in_order_the_third_after_both_basic_courses_the_fourth_before_the_defense() {
        List<ProgramSession> kickoffs = cohort.sessions(SessionKind.KICKOFF);
        assertThat(kickoffs).extracting(ProgramSession::id).containsExactly("KICKOFF_1_INTRODUCTIONS",
                "KICKOFF_2_PROGRAM_AND_MENTORS", "KICKOFF_3_AFTER_BASIC_COURSES", "KICKOFF_4_BEFORE_DEFENSE");
        for (int i = 1; i < 4; i++) {
            assertThat(kickoffs.get(i).start()).isAfter(kickoffs.get(i - 1).end());
        }
        List<ProgramSession> courses = cohort.sessions(SessionKind.BASIC_COURSE);
        assertThat(courses).hasSize(10);
        assertThat(courses).allSatisfy(c -> {
            assertThat(c.start()).isAfter(kickoffs.get(1).end());
            assertThat(c.end()).isBefore(kickoffs.get(2).start());
        });
        assertThat(kickoffs.get(3).end()).isBefore(cohort.sessions(SessionKind.DEFENSE).get(0).start());
        assertThat(kickoffs.get(1).title().get(Language.RU)).isNotBlank();
    }

    @Test
    void PRE_03_both_basic_courses_are_scheduled() {
        assertThat(cohort.sessions(SessionKind.BASIC_COURSE)).extracting(ProgramSession::id)
                .contains("PROGRAM_BASIC_COURSE_DAY_1", "PROJECT_MANAGEMENT_COURSE_DAY_5");
    }

    @Test
    void DEF_11_the_application_deadline_is_three_days_after_the_defense_and_acceleration_starts_after_it() {
        LocalDate defense = cohort.sessions(SessionKind.DEFENSE).get(0).start().toLocalDate();
        assertThat(cohort.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.rule().value()).isEqualTo("DEF-11");
            assertThat(d.due()).isEqualTo(defense.plusDays(3));
        });
        assertThat(cohort.sessions(SessionKind.MODULE).get(0).start().toLocalDate()).isAfter(defense.plusDays(3));
    }

    @Test
    void ACC_01_acceleration_lasts_four_months() {
        LocalDate first = cohort.sessions(SessionKind.MODULE).get(0).start().toLocalDate();
        LocalDate demo = cohort.sessions(SessionKind.DEMO_DAY).get(0).start().toLocalDate();
        assertThat(demo).isBefore(first.plusMonths(4)).isAfter(first.plusMonths(4).minusDays(8));
    }

    @Test
    void ACC_02_fifteen_modules_in_order_unknown_durations_take_the_default() {
        List<ProgramSession> modules = cohort.sessions(SessionKind.MODULE);
        assertThat(modules).hasSize(15);
        assertThat(modules).extracting(ProgramSession::id).isEqualTo(standard.acceleration().modules().stream()
                .map(m -> m.code()).toList());
        assertThat(Duration.between(modules.get(1).start(), modules.get(1).end())).isEqualTo(Duration.ofMinutes(150));
        // Kickoff session has no duration in the seed: the default (2 hours) applies.
        assertThat(Duration.between(modules.get(0).start(), modules.get(0).end()))
                .isEqualTo(Duration.ofMinutes(standard.acceleration().defaultModuleHours().multiply(java.math.BigDecimal.valueOf(60)).longValue()));
    }

    @Test
    void ACC_03_demo_day_is_the_last_session() {
        List<ProgramSession> all = cohort.sessions();
        assertThat(all.get(all.size() - 1).kind()).isEqualTo(SessionKind.DEMO_DAY);
    }

    @Test
    void ACC_04_coaching_in_the_first_and_fourth_week_of_each_month() {
        List<ProgramSession> coaching = cohort.sessions(SessionKind.COACHING);
        assertThat(coaching).hasSize(8);
        LocalDate accStart = cohort.sessions(SessionKind.MODULE).get(0).start().toLocalDate();
        for (ProgramSession c : coaching) {
            int month = Integer.parseInt(c.id().substring(10, 11)) - 1;
            int week = Integer.parseInt(c.id().substring(13));
            LocalDate from = accStart.plusMonths(month).plusDays(7L * (week - 1));
            assertThat(c.start().toLocalDate()).isBetween(from, from.plusDays(6));
        }
    }

    @Test
    void every_session_is_on_a_working_day_inside_working_hours_without_overlap() {
        List<ProgramSession> all = cohort.sessions();
        for (int i = 0; i < all.size(); i++) {
            ProgramSession s = all.get(i);
            assertThat(kz.isWorkingDay(s.start().toLocalDate())).as(s.id()).isTrue();
            assertThat(s.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(s.start().toLocalTime()).isAfterOrEqualTo(LocalTime.of(10, 0));
            assertThat(s.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(18, 0));
            if (i > 0) {
                assertThat(s.start()).isAfterOrEqualTo(all.get(i - 1).end());
            }
        }
    }

    @Test
    void a_program_that_cannot_fit_is_refused_with_what_does_not_fit() {
        ProgramSettings longCourses = new ProgramSettings(ProgramSettings.standard().zone(), LocalTime.of(10, 0),
                LocalTime.of(18, 0), Duration.ofHours(3), Duration.ofHours(3), 15, 5, Duration.ofHours(4),
                Duration.ofHours(2), Duration.ofHours(4), 60);
        Outcome<ProgramCalendar> o = new ProgramCalendarGenerator(standard, kz, longCourses).generate("x", LocalDate.of(2026, 3, 2));
        assertThat(codes(o)).contains("SESSION_DOES_NOT_FIT");
        assertThat(o.reasons().get(0).message().get(Language.EN)).contains("working day #");
    }

    @Test
    void sessions_longer_than_the_working_hours_are_refused() {
        Outcome<ProgramCalendar> o = new ProgramCalendarGenerator(standard, kz,
                ProgramSettings.standard().withWorkingHours(LocalTime.of(10, 0), LocalTime.of(12, 0))).generate("x", LocalDate.of(2026, 3, 2));
        assertThat(codes(o)).contains("OUTSIDE_WORKING_HOURS");
    }

    @Test
    void zero_month_program_and_year_without_data_are_refused() {
        assertThat(codes(generator.generate("x", LocalDate.of(2026, 3, 2), 0))).containsExactly("ZERO_LENGTH_PROGRAM");
        assertThat(codes(generator.generate("x", LocalDate.of(2027, 10, 1)))).containsExactly("NO_HOLIDAY_DATA");
    }
}
