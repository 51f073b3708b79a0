package kz.saruar.ledger.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    private static final int OWN_ARRAY = 64 * 1024;

    // Records are copied into 1 MiB byte chunks (one over 64 KiB gets an array of its own) and found
    // through fixed-size index chunks: millions of records leave the collector a few large arrays,
    // not one object per record to trace and copy, and no huge array is ever copied on growth.
    private final List<byte[]> bytes = new ArrayList<>();
    /** Per record: (byte chunk << 32) | offset. */
    private final List<long[]> where = new ArrayList<>();
    private final List<int[]> lengths = new ArrayList<>();
    /** The chunk being filled (-1 before the first), and how much of it is. */
    private int current = -1;
    private int used;
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
        // the batch is taken once and checked before anything is kept: a refused batch, or one the
        // caller changes meanwhile, leaves nothing half-written
        List<byte[]> records = Arrays.asList(Objects.requireNonNull(batch, "records").toArray(new byte[0][]));
        PendingAppends.check(records, MAX_RECORD_SIZE);
        synchronized (this) {
            if (closed) {
                throw new StorageException("in-memory journal store is closed");
            }
            if (expectedPosition != size) {
                throw new PositionConflictException(expectedPosition, size);
            }
            for (int i = 0, n = records.size(); i < n; i++) {
                keep(records.get(i));
            }
        }
        return CompletableFuture.completedFuture(new AppendResult(expectedPosition, records.size()));
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
        int chunk;
        int at;
        if (len > OWN_ARRAY) {
            // a large record gets an array of its own, so that it never leaves most of a chunk empty
            bytes.add(r.clone());
            chunk = bytes.size() - 1;
            at = 0;
        } else {
            if (current < 0 || len > BYTES_CHUNK - used) {
                bytes.add(new byte[BYTES_CHUNK]);
                current = bytes.size() - 1;
                used = 0;
            }
            chunk = current;
            at = used;
            System.arraycopy(r, 0, bytes.get(chunk), at, len);
            used += len;
        }
        int slot = (int) (size & (INDEX_CHUNK - 1));
        if (slot == 0) {
            where.add(new long[INDEX_CHUNK]);
            lengths.add(new int[INDEX_CHUNK]);
        }
        int index = (int) (size >>> INDEX_BITS);
        where.get(index)[slot] = ((long) chunk << 32) | at;
        lengths.get(index)[slot] = len;
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
