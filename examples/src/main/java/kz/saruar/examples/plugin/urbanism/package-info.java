/**
 * An example direction plugin (CAT-02): Urbanism, discovered through {@code META-INF/services}
 * or handed in code.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.plugin.urbanism;
