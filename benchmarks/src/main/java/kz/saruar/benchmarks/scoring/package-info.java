/**
 * JMH benchmarks of jury scoring (DEF-03..09): a national competition of 100,000 projects, from
 * score sheets to a ranked protocol.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.benchmarks.scoring;
