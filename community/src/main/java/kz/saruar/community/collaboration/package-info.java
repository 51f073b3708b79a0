/**
 * Community and collaboration (HUB-05; M IV.4.1 ambassador community program): collaborations
 * between projects and with experts, recorded (who, what, when, outcome) and counted for reports.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.collaboration;
