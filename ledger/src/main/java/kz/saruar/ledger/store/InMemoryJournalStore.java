package kz.saruar.ledger.store;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final int INDEX_BITS = 14;
    private static final int INDEX_CHUNK = 1 << INDEX_BITS;
    private static final int BYTES_CHUNK = 1 << 20;

    // Records are copied into 1 MiB byte chunks (a larger record gets a chunk of its own) and found
    // through fixed-size index chunks: millions of records leave the collector a few large arrays,
    // not one object per record to trace and copy, and no huge array is ever copied on growth.
    private final List<byte[]> bytes = new ArrayList<>();
    /** Per record: (byte chunk << 32) | offset. */
    private final List<long[]> where = new ArrayList<>();
    private final List<int[]> lengths = new ArrayList<>();
    private int used = BYTES_CHUNK;
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
        // the batch is checked before anything is kept, so a refused batch leaves nothing half-written
        PendingAppends.check(batch, MAX_RECORD_SIZE);
        synchronized (this) {
            if (closed) {
                throw new StorageException("in-memory journal store is closed");
            }
            if (expectedPosition != size) {
                throw new PositionConflictException(expectedPosition, size);
            }
            for (int i = 0, n = batch.size(); i < n; i++) {
                keep(batch.get(i));
            }
        }
        return CompletableFuture.completedFuture(new AppendResult(expectedPosition, batch.size()));
    }

    @Override
    public synchronized List<StoredRecord> read(long fromPosition, int maxRecords) {
        StoreChecks.readArguments(fromPosition, maxRecords, size);
        long to = Math.min(size, fromPosition + maxRecords);
        List<StoredRecord> out = new ArrayList<>((int) (to - fromPosition));
        for (long i = fromPosition; i < to; i++) {
            int slot = (int) (i & (INDEX_CHUNK - 1));
            long w = where.get((int) (i >>> INDEX_BITS))[slot];
            int at = (int) w;
            out.add(StoredRecord.wrap(i, Arrays.copyOfRange(bytes.get((int) (w >>> 32)), at,
                    at + lengths.get((int) (i >>> INDEX_BITS))[slot])));
        }
        return out;
    }

    private void keep(byte[] r) {
        int len = r.length;
        if (len > BYTES_CHUNK - used) {
            bytes.add(new byte[Math.max(BYTES_CHUNK, len)]);
            used = 0;
        }
        int chunk = bytes.size() - 1;
        System.arraycopy(r, 0, bytes.get(chunk), used, len);
        int slot = (int) (size & (INDEX_CHUNK - 1));
        if (slot == 0) {
            where.add(new long[INDEX_CHUNK]);
            lengths.add(new int[INDEX_CHUNK]);
        }
        int index = (int) (size >>> INDEX_BITS);
        where.get(index)[slot] = ((long) chunk << 32) | used;
        lengths.get(index)[slot] = len;
        used += len;
        size++;
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
