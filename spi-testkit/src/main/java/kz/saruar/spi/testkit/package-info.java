/**
 * Contract tests that every implementation of a Saruar extension point runs to prove that it behaves.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit;
