package kz.saruar.cohort;

import java.util.Objects;
import kz.saruar.spi.storage.JournalStore;

/**
 * Where a cohort's snapshots live (LFT-06 replay): a companion {@link JournalStore} of its own,
 * apart from the cohort's journal, on any storage provider (in memory, the file store,
 * PostgreSQL under another stream). A snapshot is a cache of the state a full replay computes at
 * a journal position, never a source of truth: it names the position and the hash of the
 * journal's chain head there, and is used only while both still match the journal.
 *
 * <p>Each snapshot is one atomic batch: its gzipped JSON body in chunks, then a JSON trailer
 * naming the cohort, the position, the head hash, the chunk count and the body's SHA-256. The
 * latest snapshot is the store's last record; each trailer leads to the one before it. The format
 * is documented in docs/events.md.
 */
public final class CohortSnapshots {
    /** How many snapshots, newest first, reopening tries before it replays in full. */
    public static final int TRIED = 3;

    private final JournalStore store;

    private CohortSnapshots(JournalStore store) {
        this.store = store;
    }

    /**
     * Snapshots kept in {@code store} (the caller keeps ownership), which must hold only this
     * cohort's snapshots.
     */
    public static CohortSnapshots on(JournalStore store) {
        return new CohortSnapshots(Objects.requireNonNull(store, "store"));
    }

    /** The store the snapshots live in. */
    public JournalStore store() {
        return store;
    }

    @Override
    public String toString() {
        return "CohortSnapshots[" + store + "]";
    }
}
