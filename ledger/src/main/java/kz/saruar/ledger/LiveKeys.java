package kz.saruar.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The idempotency keys applied since the ledger opened (LFT-07), one per record in sequence order,
 * kept compact: the keys' ASCII bytes in 1 MiB chunks and an open-addressing table of longs, about
 * 40 bytes per key instead of a map entry, a key object, its string and a boxed sequence (about
 * 150). Millions of transfers then leave the collector a few large arrays to keep, not millions of
 * small objects to copy. Not thread-safe: the ledger's lock guards it.
 */
final class LiveKeys {
    private static final int INDEX_BITS = 16;
    private static final int INDEX_CHUNK = 1 << INDEX_BITS;
    private static final int BYTES_CHUNK = 1 << 20;
    /** The largest table; past half of it the table fills up to {@link #MAX_KEYS}. */
    private static final int MAX_SLOTS = 1 << 30;
    /** The most keys one table holds (90 % of the largest table, so that a probe still ends). */
    private static final int MAX_KEYS = (int) (MAX_SLOTS * 0.9);

    /** The sequence of the first key. */
    private final long base;
    /** Per key, in sequence order: (byte chunk << 32) | offset of its length byte. */
    private final List<long[]> where = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private int used = BYTES_CHUNK;
    private int size;
    /** 0 for an empty slot, else (the hash's low 32 bits << 32) | (index + 1); the slot is those bits' low end. */
    private long[] table;
    private int mask;

    /** Keys whose first one is at sequence {@code base}, sized for about {@code expected} of them. */
    LiveKeys(long base, long expected) {
        this.base = base;
        int slots = 1 << KeyIndex.bucketBits((int) Math.min(1 << 29, Math.max(16, expected * 2)));
        this.table = new long[slots];
        this.mask = slots - 1;
    }

    int size() {
        return size;
    }

    /**
     * Appends the key of the record at {@code sequence}; the caller knows the key is new. Nothing
     * changes when it throws.
     *
     * @throws IllegalStateException if {@code sequence} is not {@code base + size()} (keys come in
     *                               sequence order), or the table holds {@link #MAX_KEYS} already
     */
    void add(long sequence, IdempotencyKey key) {
        if (sequence != base + size) {
            throw new IllegalStateException("key of record " + sequence + " added after " + size + " keys from " + base);
        }
        checkRoom(); // LedgerState.check refused already; this keeps the table whole for any other caller
        if ((size + 1) * 2L > table.length && table.length < MAX_SLOTS) {
            grow(); // before anything of the key is kept: an allocation that fails leaves the table as it was
        }
        String s = key.value();
        int len = s.length();
        if (used + 1 + len > BYTES_CHUNK) {
            bytes.add(new byte[BYTES_CHUNK]);
            used = 0;
        }
        int chunk = bytes.size() - 1;
        byte[] b = bytes.get(chunk);
        int at = used;
        b[at] = (byte) len;
        for (int k = 0; k < len; k++) {
            b[at + 1 + k] = (byte) s.charAt(k); // printable ASCII, checked by IdempotencyKey
        }
        used += 1 + len;
        int i = size;
        if ((i & (INDEX_CHUNK - 1)) == 0) {
            where.add(new long[INDEX_CHUNK]);
        }
        where.get(i >>> INDEX_BITS)[i & (INDEX_CHUNK - 1)] = ((long) chunk << 32) | at;
        insert((int) KeyIndex.hash(s), i);
        size++;
    }

    /**
     * @throws IllegalStateException if the table holds {@link #MAX_KEYS} keys: the ledger must be
     *                               reopened from a snapshot, whose keys are kept apart
     */
    void checkRoom() {
        if (size >= MAX_KEYS) {
            throw new IllegalStateException("a ledger keeps at most " + MAX_KEYS + " keys since it was opened; reopen it"
                    + " from a snapshot");
        }
    }

    /** The sequence of the record that carried {@code key}, or -1. */
    long get(IdempotencyKey key) {
        String s = key.value();
        int h = (int) KeyIndex.hash(s);
        int slot = h & mask;
        while (true) {
            long e = table[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int i = (int) e - 1;
                if (equalsAt(i, s)) {
                    return base + i;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The keys added so far, for a snapshot: taken under the ledger's lock, read on the snapshot's
     * thread after the hand-over. The chunks are shared, not copied: what later keys write lies
     * beyond every position the view reads.
     */
    View view() {
        return new View(base, size, bytes.toArray(new byte[0][]), where.toArray(new long[0][]));
    }

    /** Keys {@code 0 … size-1} of a {@link LiveKeys}, in sequence order; immutable as far as it reads. */
    static final class View {
        private final long base;
        private final int size;
        private final byte[][] bytes;
        private final long[][] where;

        private View(long base, int size, byte[][] bytes, long[][] where) {
            this.base = base;
            this.size = size;
            this.bytes = bytes;
            this.where = where;
        }

        int size() {
            return size;
        }

        /** The sequence of the record that carried key {@code i}. */
        long sequenceAt(int i) {
            return base + i;
        }

        /** The chunk holding key {@code i}: its length byte at {@link #offsetOf}, then its ASCII bytes. */
        byte[] chunkOf(int i) {
            return bytes[(int) (where[i >>> INDEX_BITS][i & (INDEX_CHUNK - 1)] >>> 32)];
        }

        int offsetOf(int i) {
            return (int) where[i >>> INDEX_BITS][i & (INDEX_CHUNK - 1)];
        }

        /** Key {@code i}'s hash, as {@link KeyIndex#hash(String)} gives it. */
        long hashAt(int i) {
            byte[] c = chunkOf(i);
            int at = offsetOf(i);
            return KeyIndex.hash(c, at + 1, c[at] & 0xff);
        }

        String keyAt(int i) {
            byte[] c = chunkOf(i);
            int at = offsetOf(i);
            return new String(c, at + 1, c[at] & 0xff, StandardCharsets.US_ASCII);
        }
    }

    private boolean equalsAt(int i, String s) {
        long w = where.get(i >>> INDEX_BITS)[i & (INDEX_CHUNK - 1)];
        return KeyIndex.sameKey(bytes.get((int) (w >>> 32)), (int) w, s);
    }

    private void insert(int h, int i) {
        int slot = h & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = ((long) h << 32) | (i + 1L);
    }

    private void grow() {
        long[] old = table;
        long[] bigger = new long[old.length * 2];
        table = bigger;
        mask = bigger.length - 1;
        for (long e : old) {
            if (e != 0) {
                insert((int) (e >>> 32), (int) e - 1);
            }
        }
    }

}
