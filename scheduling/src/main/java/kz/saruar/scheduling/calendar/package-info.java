/**
 * Working days (APP-11) on holiday calendars: the built-in Kazakhstan calendar, discovery of
 * regional calendars, working-day arithmetic.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.calendar;
