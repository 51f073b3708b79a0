/**
 * The community's durable record (PLT-01, HUB-01, M II.2.2; LFT-06 reliable storage): the
 * registries of experts and projects and every pairing event, as a hash-chained journal of
 * {@link kz.saruar.community.journal.CommunityEvent}s on any {@link kz.saruar.spi.storage.JournalStore},
 * in the envelope and chain of the cohort's journal (docs/events.md). Names and contacts are
 * sealed per person with keys kept apart from the journal, so that erasing a key erases them.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.journal;
