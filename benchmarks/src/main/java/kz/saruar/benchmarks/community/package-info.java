/**
 * JMH benchmarks of the community module: mentor assignment for a whole cohort (HUB-01).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.benchmarks.community;
