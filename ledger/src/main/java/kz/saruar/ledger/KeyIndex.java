package kz.saruar.ledger;

import java.util.Arrays;

/**
 * The idempotency keys of a snapshot (LFT-07) in a compact, immutable, read-only form: key →
 * sequence of the record that first carried it (the result is that record, read from the journal).
 * Keys are stored sorted by a 63-bit hash, so the table loads with a linear pass and a lookup
 * touches one bucket; keys are kept as ASCII bytes in chunks, not as objects.
 */
final class KeyIndex {
    static final KeyIndex EMPTY = new KeyIndex(0, new long[0], new long[0], new byte[0][], new int[0]);
    static final int CHUNK_BITS = 20;

    private final int size;
    private final long[] hashes;
    private final long[] sequences;
    private final byte[][] chunks;
    private final int[] offsets;
    private final int bucketBits;
    private final int[] buckets;

    /**
     * @throws IllegalArgumentException if the hashes are not sorted by bucket
     */
    KeyIndex(int size, long[] hashes, long[] sequences, byte[][] chunks, int[] offsets) {
        this.size = size;
        this.hashes = hashes;
        this.sequences = sequences;
        this.chunks = chunks;
        this.offsets = offsets;
        this.bucketBits = bucketBits(size);
        this.buckets = new int[(1 << bucketBits) + 1];
        int b = 0;
        for (int i = 0; i < size; i++) {
            long h = hashes[i];
            if (h < 0) {
                throw new IllegalArgumentException("key hash " + i + " is negative");
            }
            int kb = bucketOf(h);
            if (kb < b) {
                throw new IllegalArgumentException("key " + i + " is out of hash order");
            }
            while (b < kb) {
                buckets[++b] = i;
            }
        }
        while (b < buckets.length - 1) {
            buckets[++b] = size;
        }
    }

    static int bucketBits(int size) {
        return Math.max(1, Math.min(30, 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1))));
    }

    private int bucketOf(long h) {
        return (int) (h >>> (63 - bucketBits));
    }

    /** A stable 63-bit hash of a key's characters (FNV-1a, then MurmurHash3's finalizer); part of the snapshot format. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = key.length(); i < n; i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return fmix(h);
    }

    static long hash(byte[] b, int from, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = from, end = from + len; i < end; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        }
        return fmix(h);
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h >>> 1;
    }

    int size() {
        return size;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    long sequenceAt(int i) {
        return sequences[i];
    }

    /** The key's bytes: chunk, offset of its length byte. */
    byte[] chunkOf(int i) {
        return chunks[i >>> CHUNK_BITS];
    }

    int offsetOf(int i) {
        return offsets[i];
    }

    /** The sequence of the record that carried {@code key}, or -1. */
    long get(IdempotencyKey key) {
        if (size == 0) {
            return -1;
        }
        String s = key.value();
        long h = hash(s);
        int b = bucketOf(h);
        for (int i = buckets[b], end = buckets[b + 1]; i < end; i++) {
            if (hashes[i] == h && equalsAt(i, s)) {
                return sequences[i];
            }
        }
        return -1;
    }

    private boolean equalsAt(int i, String s) {
        return sameKey(chunks[i >>> CHUNK_BITS], offsets[i], s);
    }

    /** Whether the key stored at {@code at} of {@code chunk} (a length byte, then ASCII bytes) is {@code s}. */
    static boolean sameKey(byte[] chunk, int at, String s) {
        int len = chunk[at] & 0xff;
        if (len != s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (chunk[at + 1 + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "KeyIndex[" + size + " keys, " + Arrays.stream(chunks).mapToLong(c -> c.length).sum() + " key bytes]";
    }
}
