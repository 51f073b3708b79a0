package kz.saruar.spi.testkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract every holiday calendar provider keeps (APP-11 working days rest on it): implement
 * this interface in the provider's test class and return a fresh provider from
 * {@link #provider()}; JUnit 5 and jqwik run the inherited checks.
 *
 * <pre>{@code
 * class AlmatyCalendarTest implements HolidayCalendarProviderContract {
 *     public HolidayCalendarProvider provider() { return new AlmatyCalendar(); }
 * }
 * }</pre>
 */
public interface HolidayCalendarProviderContract {
    /** The provider under test; a new or an equivalent instance on each call. */
    HolidayCalendarProvider provider();

    @Test
    default void calendar_id_and_provider_name_are_not_blank() {
        HolidayCalendarProvider p = provider();
        assertThat(p.calendarId()).as("calendarId").isNotBlank();
        assertThat(p.providerName()).as("providerName").isNotBlank();
    }

    @Test
    default void weekend_is_not_empty_and_not_the_whole_week() {
        Set<DayOfWeek> weekend = provider().weekend();
        assertThat(weekend).as("weekend").isNotEmpty().hasSizeLessThan(7);
    }

    @Test
    default void covers_at_least_one_year() {
        assertThat(provider().coveredYears()).as("coveredYears").isNotEmpty();
    }

    @Test
    default void every_covered_year_has_its_data() {
        HolidayCalendarProvider p = provider();
        for (int year : p.coveredYears()) {
            Optional<HolidayYear> data = p.year(year);
            assertThat(data).as("data for covered year %s", year).isPresent();
            assertThat(data.orElseThrow().year()).isEqualTo(year);
            for (CalendarDay d : data.orElseThrow().days()) {
                assertThat(d.date().getYear()).as("year of %s", d.date()).isEqualTo(year);
            }
        }
    }

    @Test
    default void transfers_fall_on_the_right_kind_of_day() {
        HolidayCalendarProvider p = provider();
        Set<DayOfWeek> weekend = p.weekend();
        for (int year : p.coveredYears()) {
            for (CalendarDay d : p.year(year).orElseThrow().days()) {
                boolean onWeekend = weekend.contains(d.date().getDayOfWeek());
                if (d.kind() == DayKind.DECREED_WORKING_DAY) {
                    assertThat(onWeekend).as("decreed working day %s is on a weekend", d.date()).isTrue();
                }
                if (d.kind() == DayKind.MOVED_DAY_OFF || d.kind() == DayKind.DECREED_DAY_OFF) {
                    assertThat(onWeekend).as("%s %s is on a weekday", d.kind(), d.date()).isFalse();
                }
            }
        }
    }

    @Test
    default void every_entry_names_its_source() {
        HolidayCalendarProvider p = provider();
        for (int year : p.coveredYears()) {
            for (CalendarDay d : p.year(year).orElseThrow().days()) {
                assertThat(d.source()).as("source of %s", d.date()).isNotBlank();
            }
        }
    }

    @Property(tries = 200)
    default void a_year_has_data_exactly_when_it_is_covered(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        HolidayCalendarProvider p = provider();
        assertThat(p.year(year).isPresent()).as("data for %s", year).isEqualTo(p.coveredYears().contains(year));
    }

    @Property(tries = 50)
    default void the_same_year_always_gives_the_same_days(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        assertThat(provider().year(year)).isEqualTo(provider().year(year));
    }
}
