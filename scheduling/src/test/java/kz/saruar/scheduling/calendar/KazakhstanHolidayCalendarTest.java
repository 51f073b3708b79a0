package kz.saruar.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.Kazakhstan;
import kz.saruar.spi.calendar.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhstanHolidayCalendarTest {
    private final WorkingCalendar kz = WorkingCalendar.kazakhstan();

    @Test
    void ships_2024_to_2027() {
        assertThat(kz.coveredYears()).contains(2024, 2025, 2026, 2027);
    }

    @Test
    void APP_11_a_year_read_cannot_be_changed_under_the_calendar() {
        HolidayYearFile y = new KazakhstanHolidayCalendar().yearFile(2026).orElseThrow();
        assertThatThrownBy(() -> y.days().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new KazakhstanHolidayCalendar().yearFile(2026).orElseThrow().days()).isNotEmpty();
    }

    @Test
    void APP_11_year_2026_has_247_working_days_since_30_August_is_no_longer_a_holiday() {
        // 246 in the calendar published in December 2025; the Constitution of 15 March 2026 made
        // 31 August 2026 (the day off for Sunday 30 August) a working day.
        assertThat(kz.countWorkingDays(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)).orElseThrow())
                .isEqualTo(247);
    }

    @ParameterizedTest(name = "{0} is a day off")
    @CsvSource({
        "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
        "2026-05-11", "2026-05-27", "2026-10-26", "2026-12-16",
        "2025-01-03", "2025-03-10", "2025-06-06", "2025-10-27", "2024-05-08", "2024-06-17", "2024-07-08",
        "2024-03-25", "2027-01-04", "2027-05-03", "2027-05-10", "2027-03-24"})
    void day_off(LocalDate day) {
        assertThat(kz.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({"2024-05-04", "2025-01-05", "2026-01-05", "2026-08-31", "2027-08-30", "2026-03-20", "2026-03-26", "2026-05-08", "2024-01-08"})
    void working_day(LocalDate day) {
        assertThat(kz.isWorkingDay(day)).isTrue();
    }

    @Test
    void christmas_on_a_sunday_does_not_move() {
        // 7 January 2024 was a Sunday; Monday 8 January 2024 is a working day (religious holiday).
        assertThat(kz.specialDay(LocalDate.of(2024, 1, 8))).isEmpty();
        assertThat(kz.isWorkingDay(LocalDate.of(2024, 1, 8))).isTrue();
    }

    @Test
    void decreed_transfer_is_marked_as_such() {
        assertThat(kz.specialDay(LocalDate.of(2024, 5, 4)).orElseThrow().kind()).isEqualTo(DayKind.DECREED_WORKING_DAY);
        assertThat(kz.specialDay(LocalDate.of(2024, 5, 8)).orElseThrow().kind()).isEqualTo(DayKind.DECREED_DAY_OFF);
        assertThat(kz.specialDay(LocalDate.of(2026, 3, 9)).orElseThrow().kind()).isEqualTo(DayKind.MOVED_DAY_OFF);
    }

    @Test
    void a_year_without_data_is_refused_not_guessed() {
        Outcome<LocalDate> o = kz.addWorkingDays(LocalDate.of(2031, 3, 2), 5);
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons().get(0).code()).isEqualTo("NO_HOLIDAY_DATA");
        assertThat(o.reasons().get(0).message().get(Language.EN)).contains("2031").contains("2026");
        assertThatThrownBy(() -> kz.isWorkingDay(LocalDate.of(2031, 3, 2)))
                .isInstanceOf(HolidayDataMissingException.class).hasMessageContaining("2031");
    }

    @Test
    void crossing_into_a_year_without_data_is_refused() {
        assertThat(kz.addWorkingDays(LocalDate.of(2027, 12, 20), 30).reasons())
                .extracting(r -> r.code()).containsExactly("NO_HOLIDAY_DATA");
    }

    @Test
    void add_five_working_days_over_nauryz_2026() {
        // Friday 20 March 2026, then 21-25 March off: 26, 27, 30, 31 March, 1 April.
        assertThat(kz.addWorkingDays(LocalDate.of(2026, 3, 20), 5).orElseThrow()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(kz.addWorkingDays(LocalDate.of(2026, 4, 1), -5).orElseThrow()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void dates_out_of_order_are_refused() {
        assertThat(kz.countWorkingDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)).reasons())
                .extracting(r -> r.code()).containsExactly("DATES_OUT_OF_ORDER");
    }

    @Test
    void almaty_is_utc_plus_five_since_march_2024() {
        assertThat(ZonedDateTime.of(2024, 3, 2, 12, 0, 0, 0, Kazakhstan.ZONE).getOffset().getTotalSeconds())
                .isEqualTo(5 * 3600);
        assertThat(ZonedDateTime.of(2024, 2, 1, 12, 0, 0, 0, Kazakhstan.ZONE).getOffset().getTotalSeconds())
                .isEqualTo(6 * 3600);
    }
}
