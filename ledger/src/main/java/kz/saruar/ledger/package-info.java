/**
 * The LIFTCOIN points ledger (LFT-01..08, docs/rules.md): accounts, double-entry journal, market offers, coverage, hash chain, durable journal.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.ledger;
