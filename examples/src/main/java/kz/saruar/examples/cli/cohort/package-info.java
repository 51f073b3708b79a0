/**
 * {@code saruar cohort}: one intake's durable journal on the command line (the rules APP, PRE, DEF,
 * ACC and EXT of docs/rules.md; the journal follows LFT-06): init, apply, command, sheets, status,
 * events, verify, erase.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.cohort;
