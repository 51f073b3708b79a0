/**
 * A journal store on PostgreSQL (ARCHITECTURE.md "storage-postgresql"; LFT-06): the storage SPI's
 * append-only log as one table keyed by {@code (stream, position)}, written by any number of
 * application nodes, the primary key deciding optimistic-concurrency conflicts; and its provider
 * for {@code jdbc:postgresql:} locations. It knows bytes and positions, never domain types.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.storage.postgresql;
