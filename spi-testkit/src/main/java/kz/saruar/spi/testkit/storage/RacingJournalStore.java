package kz.saruar.spi.testkit.storage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * A view of a shared journal store on which a rival writer gets in first (LFT-06 concurrency), for
 * testing the code that appends: just before this view's first append the rival runs (it appends
 * through its own view of the same store), and the append then loses the race in one of the two
 * ways the {@link JournalStore} contract allows. Closing the view leaves the shared store open, as
 * a second node's "reopen" would.
 */
public final class RacingJournalStore implements JournalStore {
    private final JournalStore shared;
    private final boolean atCommit;
    private final Runnable rival;
    private boolean raced;

    private RacingJournalStore(JournalStore shared, Runnable rival, boolean atCommit) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.rival = Objects.requireNonNull(rival, "rival");
        this.atCommit = atCommit;
    }

    /** The rival appends first; the first append, at the position the caller read before, is refused at once (it throws the conflict). */
    public static RacingJournalStore rivalFirst(JournalStore shared, Runnable rival) {
        return new RacingJournalStore(shared, rival, false);
    }

    /**
     * The rival's transaction commits first, as on a store that several nodes share (PostgreSQL):
     * the first append returns a future that completes with the conflict, and nothing of its batch
     * is stored.
     */
    public static RacingJournalStore rivalCommitsFirst(JournalStore shared, Runnable rival) {
        return new RacingJournalStore(shared, rival, true);
    }

    /** A view of the shared store without a rival: its appends go through, and closing it leaves the store open. */
    public static RacingJournalStore view(JournalStore shared) {
        return new RacingJournalStore(shared, () -> { }, false);
    }

    @Override
    public Durability durability() {
        return shared.durability();
    }

    @Override
    public long endPosition() {
        return shared.endPosition();
    }

    @Override
    public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> records) {
        boolean race;
        synchronized (this) {
            race = !raced;
            raced = true;
        }
        if (race) {
            rival.run();
            if (atCommit) {
                return CompletableFuture.failedFuture(new PositionConflictException(expectedPosition, shared.endPosition()));
            }
        }
        return shared.append(expectedPosition, records);
    }

    @Override
    public List<StoredRecord> read(long fromPosition, int maxRecords) {
        return shared.read(fromPosition, maxRecords);
    }

    @Override
    public int maxRecordSize() {
        return shared.maxRecordSize();
    }

    @Override
    public void close() {
        // the shared store outlives this view
    }
}
