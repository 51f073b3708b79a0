package kz.saruar.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/** A journal store in memory (LFT-06), {@link Durability#VOLATILE}: for tests, benchmarks and throwaway ledgers. */
public final class InMemoryJournalStore implements JournalStore {
    /** The largest record accepted. */
    public static final int MAX_RECORD_SIZE = 16 * 1024 * 1024;

    private final List<byte[]> records = new ArrayList<>();
    private boolean closed;

    /** An empty store. */
    public InMemoryJournalStore() {
    }

    /** An empty store. */
    public static InMemoryJournalStore create() {
        return new InMemoryJournalStore();
    }

    @Override
    public Durability durability() {
        return Durability.VOLATILE;
    }

    @Override
    public synchronized long endPosition() {
        return records.size();
    }

    @Override
    public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> batch) {
        List<byte[]> copies = StoreChecks.copies(batch, MAX_RECORD_SIZE);
        synchronized (this) {
            if (closed) {
                throw new StorageException("in-memory journal store is closed");
            }
            if (expectedPosition != records.size()) {
                throw new PositionConflictException(expectedPosition, records.size());
            }
            records.addAll(copies);
        }
        return CompletableFuture.completedFuture(new AppendResult(expectedPosition, copies.size()));
    }

    @Override
    public synchronized List<StoredRecord> read(long fromPosition, int maxRecords) {
        StoreChecks.readArguments(fromPosition, maxRecords, records.size());
        int from = (int) fromPosition;
        int to = (int) Math.min(records.size(), fromPosition + maxRecords);
        List<StoredRecord> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(StoredRecord.wrap(i, records.get(i).clone()));
        }
        return out;
    }

    @Override
    public int maxRecordSize() {
        return MAX_RECORD_SIZE;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    @Override
    public synchronized String toString() {
        return "InMemoryJournalStore[" + records.size() + " records" + (closed ? ", closed" : "") + "]";
    }

}
