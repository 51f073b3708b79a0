package kz.saruar.examples.cli.scheduling;

import java.nio.file.Path;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.HolidayCalendars;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import picocli.CommandLine.Option;

/**
 * The {@code --holidays DIR} option of the scheduling and cohort commands: newer holiday year files
 * over the built-in ones (APP-11, PRE-05).
 */
public final class HolidaysOption {
    @Option(names = "--holidays", paramLabel = "DIR",
            description = "A directory (or file) of newer holiday year files (YEAR.json) that override the built-in ones.")
    Path holidays;

    /** The holiday calendars with the given year files, or their refusal. */
    Outcome<HolidayCalendars> calendars() {
        return Decisions.calendars(holidays);
    }

    /** The calendar {@code id}, or the refusal of the year files or of an unknown id (naming {@code subject}). */
    public Outcome<WorkingCalendar> calendar(String id, String subject) {
        return Decisions.calendar(holidays, id, subject);
    }
}
