package kz.saruar.spi.calendar;

/** Why a day of a holiday calendar differs from an ordinary weekday or weekend day (APP-11 working days). */
public enum DayKind {
    /** A public holiday on its own date; a day off. */
    PUBLIC_HOLIDAY,
    /** A weekday that is a day off because a holiday fell on a weekend day (moved by law). */
    MOVED_DAY_OFF,
    /** A weekday made a day off by a government or ministry decree (a transfer). */
    DECREED_DAY_OFF,
    /** A weekend day made a working day by a decree (the other half of a transfer). */
    DECREED_WORKING_DAY;

    /** Whether a day of this kind is a day off. */
    public boolean isDayOff() {
        return this != DECREED_WORKING_DAY;
    }
}
