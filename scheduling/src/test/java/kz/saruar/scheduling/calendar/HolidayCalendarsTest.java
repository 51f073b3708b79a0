package kz.saruar.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {
    /** A regional calendar; its components are the provider's name and priority. */
    record Regional(String providerName, int priority) implements HolidayCalendarProvider {
        @Override
        public String calendarId() {
            return "KZ-TEST";
        }

        @Override
        public Set<Integer> coveredYears() {
            return Set.of(2026);
        }

        @Override
        public Optional<HolidayYear> year(int year) {
            if (year != 2026) {
                return Optional.empty();
            }
            return Optional.of(new HolidayYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 9, 1),
                    DayKind.PUBLIC_HOLIDAY, "City day", "akimat decision (test)"))));
        }
    }

    @Test
    void built_in_kazakhstan_is_there_without_plugins() {
        HolidayCalendars c = HolidayCalendars.builder().build();
        assertThat(c.kazakhstan().calendarId()).isEqualTo("KZ");
        assertThat(c.kazakhstan().providerName()).isEqualTo(new KazakhstanHolidayCalendar().providerName());
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void service_loader_finds_plugins_and_reports_a_broken_one_without_failing() {
        HolidayCalendars c = HolidayCalendars.discover();
        assertThat(c.calendarIds()).contains("KZ", "KZ-SL");
        assertThat(c.calendar("KZ-SL").orElseThrow().isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(c.problems()).singleElement().asString().contains("missing configuration");
    }

    @Test
    void a_provider_handed_in_code_is_used() {
        HolidayCalendars c = HolidayCalendars.builder().add(new Regional("akimat", 0)).build();
        WorkingCalendar w = c.calendar("KZ-TEST").orElseThrow();
        assertThat(w.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(c.calendarIds()).contains("KZ", "KZ-TEST");
    }

    @Test
    void higher_priority_wins() {
        HolidayCalendars c = HolidayCalendars.builder().add(new Regional("low", 0)).add(new Regional("high", 5)).build();
        assertThat(c.calendar("KZ-TEST").orElseThrow().providerName()).isEqualTo("high");
    }

    @Test
    void same_id_and_priority_is_refused_naming_both() {
        assertThatThrownBy(() -> HolidayCalendars.builder().add(new Regional("one", 1)).add(new Regional("two", 1)).build())
                .isInstanceOf(SaruarException.class).hasMessageContaining("\"one\"").hasMessageContaining("\"two\"");
    }

    @Test
    void a_broken_provider_is_reported_and_skipped() {
        HolidayCalendars.Builder builder = HolidayCalendars.builder().add(new HolidayCalendarProvider() {
            @Override
            public String calendarId() {
                throw new IllegalStateException("boom");
            }

            @Override
            public Set<Integer> coveredYears() {
                return Set.of();
            }

            @Override
            public Optional<HolidayYear> year(int year) {
                return Optional.empty();
            }
        });
        HolidayCalendars c = builder.build();
        assertThat(c.problems()).hasSize(1).first().asString().contains("boom");
        // a second build reports the problem once, and the first result is unchanged
        assertThat(builder.build().problems()).hasSize(1);
        assertThat(c.problems()).hasSize(1);
    }
}
