/**
 * The LIFTCOIN points ledger (METHODOLOGY.md section 9, LFT-01..08): accounts, double-entry journal, market offers, coverage, hash chain, durable journal.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.ledger;
