package kz.saruar.scheduling.calendar;

import kz.saruar.model.SaruarException;

/** A working-day question asked about a year without holiday data (APP-11), without checking coverage first: a misuse. */
public final class HolidayDataMissingException extends SaruarException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the year and the covered years. */
    public HolidayDataMissingException(String message) {
        super(message);
    }
}
