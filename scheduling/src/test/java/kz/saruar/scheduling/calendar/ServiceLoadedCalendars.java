package kz.saruar.scheduling.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;

/** Providers registered in the test's META-INF/services: one that works, one that cannot be built. */
final class ServiceLoadedCalendars {
    private ServiceLoadedCalendars() {
    }

    /** A regional calendar found by ServiceLoader. */
    public static final class Regional implements HolidayCalendarProvider {
        @Override
        public String calendarId() {
            return "KZ-SL";
        }

        @Override
        public Set<Integer> coveredYears() {
            return Set.of(2026);
        }

        @Override
        public Optional<HolidayYear> year(int year) {
            return year == 2026 ? Optional.of(new HolidayYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 9, 1),
                    DayKind.PUBLIC_HOLIDAY, "City day", "test")))) : Optional.empty();
        }
    }

    /** A provider whose constructor fails, as a plugin with a missing dependency would. */
    public static final class Broken implements HolidayCalendarProvider {
        public Broken() {
            throw new IllegalStateException("missing configuration");
        }

        @Override
        public String calendarId() {
            return "KZ-BROKEN";
        }

        @Override
        public Set<Integer> coveredYears() {
            return Set.of();
        }

        @Override
        public Optional<HolidayYear> year(int year) {
            return Optional.empty();
        }
    }
}
