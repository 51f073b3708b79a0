/**
 * The {@code saruar score} command: a defense's score sheets in, the jury's protocol out (DEF-09).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.scoring;
