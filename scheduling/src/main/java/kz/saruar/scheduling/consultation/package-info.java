/**
 * Consultations of pre-acceleration (PRE-05 planning and calendar, PRE-06 rules, PRE-07 group
 * consultations): availability, atomic booking, cancel/reschedule policy, no-shows, the batch
 * planner and its independent checker.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.consultation;
