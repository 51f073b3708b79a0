/**
 * JMH benchmarks of Saruar's performance goals; run by benchmarks/run.sh, results in benchmarks/README.md.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.benchmarks;
