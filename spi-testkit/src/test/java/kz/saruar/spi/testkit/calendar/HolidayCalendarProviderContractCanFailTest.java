package kz.saruar.spi.testkit.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;
import org.junit.jupiter.api.Test;

/** Proof that the contract catches broken providers: each check is run directly against one. */
class HolidayCalendarProviderContractCanFailTest {
    /** Guesses every year, puts a decreed working day on a Tuesday, and cites no source. */
    static final class Broken implements HolidayCalendarProvider {
        @Override
        public String calendarId() {
            return "BROKEN";
        }

        @Override
        public Set<Integer> coveredYears() {
            return Set.of(2026);
        }

        @Override
        public Optional<HolidayYear> year(int year) {
            return Optional.of(new HolidayYear(year, List.of(
                    new CalendarDay(LocalDate.of(year, 1, 6).with(java.time.DayOfWeek.TUESDAY), DayKind.DECREED_WORKING_DAY,
                            "guess", " "))));
        }
    }

    private final HolidayCalendarProviderContract contract = Broken::new;

    @Test
    void a_provider_that_guesses_an_uncovered_year_fails() {
        assertThatThrownBy(() -> contract.a_year_has_data_exactly_when_it_is_covered(2031)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_decreed_working_day_on_a_weekday_fails() {
        assertThatThrownBy(contract::transfers_fall_on_the_right_kind_of_day).isInstanceOf(AssertionError.class);
    }

    @Test
    void an_entry_without_a_source_fails() {
        assertThatThrownBy(contract::every_entry_names_its_source).isInstanceOf(AssertionError.class);
    }
}
