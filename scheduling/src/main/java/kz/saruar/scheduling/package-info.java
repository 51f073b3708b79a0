/**
 * Scheduling (APP-09..11, PRE-01..07, DEF-11, ACC-01..04): working days, program calendars, consultation booking, deadlines, reminders, iCalendar export.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling;
