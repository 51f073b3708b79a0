/**
 * The two built-in journal stores of the storage extension point (LFT-06): an in-memory store for
 * tests and the embedded file store, the default (fsync before acknowledgement, group commit, CRC
 * per record, tail-truncating recovery, one writing process per directory).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.ledger.store;
