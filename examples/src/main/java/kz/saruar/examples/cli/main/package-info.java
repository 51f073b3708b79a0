/**
 * The {@code saruar} command line's entry point, which registers every command.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.main;
