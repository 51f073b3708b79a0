/**
 * The storage extension point (ARCHITECTURE.md "Extension points"; LFT-06): an append-only log of
 * opaque records with positions, optimistic concurrency on append, and a stated durability
 * contract. The ledger serializes its own records onto it.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.storage;
