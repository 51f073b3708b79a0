/**
 * The contract tests of the storage extension point (LFT-06) that every journal store runs.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.storage;
