package kz.saruar.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PendingAppends;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/** A journal store in memory (LFT-06), {@link Durability#VOLATILE}: for tests, benchmarks and throwaway ledgers. */
public final class InMemoryJournalStore implements JournalStore {
    /** The largest record accepted. */
    public static final int MAX_RECORD_SIZE = 16 * 1024 * 1024;

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    // fixed-size chunks, so that millions of records never need one huge array copied on growth
    private final List<byte[][]> chunks = new ArrayList<>();
    private long size;
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
        return size;
    }

    @Override
    public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> batch) {
        List<byte[]> copies = PendingAppends.copies(batch, MAX_RECORD_SIZE);
        synchronized (this) {
            if (closed) {
                throw new StorageException("in-memory journal store is closed");
            }
            if (expectedPosition != size) {
                throw new PositionConflictException(expectedPosition, size);
            }
            for (int i = 0, n = copies.size(); i < n; i++) {
                byte[] r = copies.get(i);
                int at = (int) (size & (CHUNK - 1));
                if (at == 0) {
                    chunks.add(new byte[CHUNK][]);
                }
                chunks.get((int) (size >>> CHUNK_BITS))[at] = r;
                size++;
            }
        }
        return CompletableFuture.completedFuture(new AppendResult(expectedPosition, copies.size()));
    }

    @Override
    public synchronized List<StoredRecord> read(long fromPosition, int maxRecords) {
        StoreChecks.readArguments(fromPosition, maxRecords, size);
        long to = Math.min(size, fromPosition + maxRecords);
        List<StoredRecord> out = new ArrayList<>((int) (to - fromPosition));
        for (long i = fromPosition; i < to; i++) {
            out.add(StoredRecord.wrap(i, chunks.get((int) (i >>> CHUNK_BITS))[(int) (i & (CHUNK - 1))].clone()));
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
        return "InMemoryJournalStore[" + size + " records" + (closed ? ", closed" : "") + "]";
    }

}
