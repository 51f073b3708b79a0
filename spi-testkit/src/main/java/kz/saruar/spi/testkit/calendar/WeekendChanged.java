package kz.saruar.spi.testkit.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.calendar.HolidayYear;

/**
 * A holiday calendar's data with another weekend: a change of the law for tests of code that must
 * follow a calendar (working-day deadlines APP-11, consultations PRE-05, program calendars). For
 * example {@code WeekendChanged.of(new KazakhstanHolidayCalendar(), TUESDAY, SATURDAY, SUNDAY)}: as
 * if a new law made Tuesdays days off. Same calendar ID, priority, name, years and special days as
 * the provider;
 * a moved day off that now falls on the weekend is kept as the provider gives it, so such a
 * calendar need not pass {@link HolidayCalendarProviderContract}.
 */
public final class WeekendChanged implements HolidayCalendarProvider {
    private final HolidayCalendarProvider law;
    private final Set<DayOfWeek> weekend;

    private WeekendChanged(HolidayCalendarProvider law, Set<DayOfWeek> weekend) {
        this.law = law;
        this.weekend = weekend;
    }

    /** {@code law}'s data with {@code first} and {@code more} as the weekend. */
    public static WeekendChanged of(HolidayCalendarProvider law, DayOfWeek first, DayOfWeek... more) {
        Objects.requireNonNull(law, "law");
        return new WeekendChanged(law, Collections.unmodifiableSet(EnumSet.of(first, more)));
    }

    @Override
    public int priority() {
        return law.priority();
    }

    @Override
    public String providerName() {
        return law.providerName();
    }

    @Override
    public String calendarId() {
        return law.calendarId();
    }

    @Override
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    @Override
    public Set<Integer> coveredYears() {
        return law.coveredYears();
    }

    @Override
    public Optional<HolidayYear> year(int year) {
        return law.year(year);
    }
}
