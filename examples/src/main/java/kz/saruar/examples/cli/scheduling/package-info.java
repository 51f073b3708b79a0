/**
 * The {@code saruar workdays}, {@code saruar calendar} and {@code saruar consultations} commands
 * (APP-11 working days; PRE-01/02, ACC-01..04 program calendars; PRE-05/06/07 consultations).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.scheduling;
