package kz.saruar.spi.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The complete list of special days of one calendar year, as a holiday calendar provider knows
 * it (APP-11 working days). Days not listed are working days on weekdays and days off on the
 * provider's weekend days.
 *
 * @param year the calendar year
 * @param days the special days of that year, each date at most once
 */
public record HolidayYear(int year, List<CalendarDay> days) {
    /** Refuses a day outside the year and a date listed twice; copies the list. */
    public HolidayYear {
        Objects.requireNonNull(days, "days");
        Set<java.time.LocalDate> seen = new HashSet<>();
        List<CalendarDay> copy = new ArrayList<>(days.size());
        for (CalendarDay d : days) {
            Objects.requireNonNull(d, "day");
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException("day " + d.date() + " is not in year " + year);
            }
            if (!seen.add(d.date())) {
                throw new IllegalArgumentException("date listed twice in year " + year + ": " + d.date());
            }
            copy.add(d);
        }
        copy.sort(java.util.Comparator.comparing(CalendarDay::date));
        days = Collections.unmodifiableList(copy);
    }
}
