/**
 * Benchmarks of the cohort journal (LFT-06 replay): reopening a 10,000-project cohort.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null}.
 */
package kz.saruar.benchmarks.cohort;
