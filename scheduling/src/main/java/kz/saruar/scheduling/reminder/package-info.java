/**
 * Reminders of consultations (PRE-05: organizers remind participant, mentor and expert before
 * each consultation; PRE-06: agenda and survey deadlines) and their delivery through the
 * notification SPI.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.reminder;
