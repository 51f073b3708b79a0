/**
 * Contract tests for holiday calendar providers (ARCHITECTURE.md "Contract tests for plugins"):
 * a regional center's calendar proves that it keeps the {@code HolidayCalendarProvider} contract.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.calendar;
