/**
 * The contract kit for direction plugins (CAT-02):
 * {@link kz.saruar.spi.testkit.direction.DirectionProviderContract}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.direction;
