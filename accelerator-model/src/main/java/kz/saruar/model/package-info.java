/**
 * The methodology's vocabulary and catalog (METHODOLOGY.md sections 1–8): the standard methodology as data, loading, validating and localizing it.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model;
