package kz.saruar.examples.cli.cohort;

import kz.saruar.examples.cli.scheduling.HolidaysOption;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import picocli.CommandLine.Mixin;

/**
 * The {@code --holidays DIR} of the cohort commands that use a working calendar (PRE-05): those
 * that submit decisions ({@code apply}, {@code command}, {@code sheets}: new bookings and
 * working-day checks) and {@code report} (the program calendar's bars). The others do not take
 * it: {@code status} shows deadlines in calendar days (APP-10, DEF-11), erasure depends on no day,
 * and recorded bookings replay whatever the holiday data says.
 */
public final class CohortCalendar {
    /** No {@code --holidays}: the built-in calendar, for a command that takes none. */
    static final CohortCalendar BUILT_IN = new CohortCalendar();

    @Mixin
    HolidaysOption holidays = new HolidaysOption();

    /** The calendar {@code --holidays} gives (the built-in one without it), or its refusal. */
    Outcome<WorkingCalendar> calendar() {
        return holidays.calendar(KazakhstanHolidayCalendar.ID, "--holidays");
    }
}
