/**
 * JMH benchmarks of the LIFTCOIN ledger (LFT-06, LFT-07): in-memory hash-chained transfers, the
 * fsync'd file journal with group commit, the machine's fsync limit, verify and recovery; and a
 * PostgreSQL side-by-side. Run by benchmarks/run-ledger.sh and run-ledger-postgres.sh.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.benchmarks.ledger;
