package kz.saruar.cohort;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * A store on which a rival writer appends just before the next append; {@code atCommit}: the
 * next append then fails as a store shared by several nodes (PostgreSQL) tells a lost race,
 * through its future when the rival's transaction commits first, instead of at once.
 */
final class RacingStore implements JournalStore {
    private final JournalStore delegate;
    private Runnable before;
    private final boolean atCommit;

    RacingStore(JournalStore delegate, Runnable before) {
        this(delegate, before, false);
    }

    RacingStore(JournalStore delegate, Runnable before, boolean atCommit) {
        this.delegate = delegate;
        this.before = before;
        this.atCommit = atCommit;
    }

    @Override
    public Durability durability() {
        return delegate.durability();
    }

    @Override
    public long endPosition() {
        return delegate.endPosition();
    }

    @Override
    public CompletableFuture<AppendResult> append(long expected, List<byte[]> records) {
        if (before != null) {
            Runnable r = before;
            before = null;
            r.run();
            if (atCommit) {
                return CompletableFuture.failedFuture(new PositionConflictException(expected, delegate.endPosition()));
            }
        }
        return delegate.append(expected, records);
    }

    @Override
    public List<StoredRecord> read(long from, int max) {
        return delegate.read(from, max);
    }

    @Override
    public int maxRecordSize() {
        return delegate.maxRecordSize();
    }

    @Override
    public void close() {
        // the shared store outlives a "reopen"
    }
}
