/**
 * The extension point for a regional center's own thematic directions (CAT-02).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.direction;
