/**
 * The holiday-calendar extension point (ARCHITECTURE.md "Extension points"): a regional center's
 * public holidays and transferred working days, used for the working-day deadlines of APP-11 and
 * the program calendars of PRE-01/ACC-01. Depends on the JDK alone.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.calendar;
