/**
 * The {@code saruar} command line's shared parts: the catalog and methodology commands, the
 * --lang and --methodology options, exit codes and the one JSON shape of problems.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli;
