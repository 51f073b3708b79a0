/**
 * A cohort: one intake of one center under one pinned methodology version, kept as a hash-chained
 * journal of events on any {@link kz.saruar.spi.storage.JournalStore} (the rules APP, PRE, DEF,
 * ACC and EXT of docs/rules.md; the journal follows LFT-06). Commands are decided by the existing
 * rules of {@code accelerator-model}, {@code scoring}, {@code scheduling} and {@code ledger}; each
 * accepted command becomes one or more events, and replaying the events gives the same state.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.cohort;
