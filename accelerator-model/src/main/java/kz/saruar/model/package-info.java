/**
 * The methodology's vocabulary and catalog (docs/rules.md): the standard methodology as data, loading, validating and localizing it.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model;
