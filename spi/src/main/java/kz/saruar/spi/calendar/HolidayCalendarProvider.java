package kz.saruar.spi.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.saruar.spi.Provider;

/**
 * The extension point through which a regional center supplies its public holidays and
 * transferred working days (working-day deadlines APP-11; program calendars PRE-01, ACC-01).
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/kz.saruar.spi.calendar.HolidayCalendarProvider} file in the plugin's
 * jar) or handed to the library in code; discovery needs a public no-argument constructor.
 *
 * <p>Contract (checked by {@code kz.saruar.spi.testkit.calendar.HolidayCalendarProviderContract}):
 * <ul>
 *   <li>{@link #calendarId()} is non-blank and stable, e.g. {@code "KZ"};</li>
 *   <li>{@link #year(int)} returns data only for the years in {@link #coveredYears()}, and
 *       {@link Optional#empty()} for any other year: a provider never guesses a year it has no
 *       data for;</li>
 *   <li>the same year always yields the same days; every day lies in its year, once;</li>
 *   <li>a {@link DayKind#DECREED_WORKING_DAY} falls on a {@link #weekend()} day, and a
 *       {@link DayKind#MOVED_DAY_OFF} or {@link DayKind#DECREED_DAY_OFF} on a weekday.</li>
 * </ul>
 * Providers are ordered by {@link Provider#priority()} (higher first), then by {@link Provider#providerName()};
 * never by classpath order. Two providers of the same calendar ID and the same priority are
 * refused with a message naming both.
 */
public interface HolidayCalendarProvider extends Provider {
    /** The ID of the calendar this provider supplies, e.g. {@code "KZ"} or {@code "KZ-ALA"}. */
    String calendarId();

    /** The weekend days; Saturday and Sunday by default (a five-day week). */
    default Set<DayOfWeek> weekend() {
        return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /** The years this provider has complete data for. */
    Set<Integer> coveredYears();

    /** The special days of the year, or empty when the provider has no data for that year. */
    Optional<HolidayYear> year(int year);
}
