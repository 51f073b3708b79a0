/**
 * Program calendars of a cohort: pre-acceleration with its four kickoff sessions and basic
 * courses (PRE-01, PRE-02, PRE-03), the defense and the application deadline (DEF-11), the
 * acceleration's modules (ACC-01, ACC-02), monthly coaching (ACC-04) and the demo day (ACC-03).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.program;
