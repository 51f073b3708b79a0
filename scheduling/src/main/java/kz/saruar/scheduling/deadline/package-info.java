/**
 * The deadlines of the methodology as values that name their rule and inputs: APP-09 intake
 * window, APP-10 first interview, APP-11 commission, DEF-11 application to acceleration, PRE-06
 * agenda and survey.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.deadline;
