/**
 * RFC 5545 iCalendar export of program calendars and consultation bookings (PRE-05: organizers
 * enter consultations into the calendar).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.ical;
