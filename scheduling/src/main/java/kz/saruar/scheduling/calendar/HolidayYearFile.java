package kz.saruar.scheduling.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.spi.calendar.DayKind;

/**
 * One year of a holiday calendar as data (APP-11 working days): every day off and every decreed
 * working day of the year, each with its source (the law, or the decree or order with its number
 * and date) and whether it is still provisional. The built-in Kazakhstan years ship as
 * {@code kz/YEAR.json} resources; an operator supplies newer ones with {@code --holidays DIR}.
 *
 * @param calendarId the calendar, e.g. {@code KZ}
 * @param year       the calendar year
 * @param checked    when and against what the data was last checked
 * @param days       the special days of the year
 */
@Cites("APP-11")
public record HolidayYearFile(String calendarId, int year, String checked, List<Day> days) {
    /** Refuses nulls; copies the days, so that a year once read cannot be changed under a calendar built from it. */
    public HolidayYearFile {
        Arguments.nonNull("calendarId", calendarId, "checked", checked, "days", days);
        days = List.copyOf(days);
    }

    /**
     * One special day.
     *
     * @param date         the day
     * @param kind         a holiday, a day off moved from a holiday on a weekend, a decreed day off or working day
     * @param name         the holiday's or transfer's name
     * @param source       the law, decree or order (number and date)
     * @param religious    whether it is a religious holiday, never moved from a weekend (Labour Code Art. 85)
     * @param provisional  whether it is not yet confirmed
     * @param movedFrom    for a moved day off: the holiday on a weekend it replaces
     * @param transferFrom for a decreed day off: the weekend day worked instead
     * @param transferTo   for a decreed working day: the day off it gives
     */
    public record Day(LocalDate date, DayKind kind, String name, String source, Optional<Boolean> religious,
            Optional<Boolean> provisional, Optional<LocalDate> movedFrom, Optional<LocalDate> transferFrom,
            Optional<LocalDate> transferTo) {
        /** Whether it is religious (false when absent). */
        public boolean isReligious() {
            return religious.orElse(false);
        }

        /** Whether it is provisional (false when absent). */
        public boolean isProvisional() {
            return provisional.orElse(false);
        }
    }
}
