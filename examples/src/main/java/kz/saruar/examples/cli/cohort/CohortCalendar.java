package kz.saruar.examples.cli.cohort;

import kz.saruar.examples.cli.scheduling.HolidaysOption;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import picocli.CommandLine.Mixin;

/**
 * The {@code --holidays DIR} of the cohort commands that use a working calendar (PRE-05): those
 * that submit (new bookings), {@code status} (the deadlines it shows) and {@code report} (the
 * program calendar's bars). Commands that only read or verify the journal do not take it:
 * recorded bookings replay whatever the holiday data says.
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
