/**
 * JMH benchmarks of scheduling (PRE-05/06 consultation planning): a cohort of 1,000 projects
 * and 100 experts planned over two months, every plan verified by the independent checker.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.benchmarks.scheduling;
