/**
 * Runnable programs a newcomer starts first: the saruar command line and plugin examples.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples;
