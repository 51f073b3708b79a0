/**
 * {@code saruar ledger}: verify a LIFTCOIN journal, print an account's statement and the coverage
 * report (LFT-04, LFT-06).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.ledger;
