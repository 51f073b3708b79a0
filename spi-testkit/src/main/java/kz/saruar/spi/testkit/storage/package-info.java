/**
 * The contract tests of the storage extension point (LFT-06) that every journal store runs, and
 * the crash-test loop that kills a writer of a durable journal again and again.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.storage;
