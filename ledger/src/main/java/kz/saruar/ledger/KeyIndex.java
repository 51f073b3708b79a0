package kz.saruar.ledger;

import java.util.Objects;

/**
 * Idempotency key → journal sequence (LFT-07), by open addressing: the hash and the sequence of a
 * slot sit side by side in one {@code long[]}, so a lookup of a new key usually touches one cache
 * line, and there is no node or boxed {@code Long} per key — this matters for journals of millions
 * of commands. Not thread-safe; confined to the ledger's lock like {@link LedgerState}.
 */
final class KeyIndex {
    private static final long OCCUPIED = 1L << 32;

    private IdempotencyKey[] keys = new IdempotencyKey[1 << 10];
    /** Slot i: table[2i] = OCCUPIED | hash, table[2i + 1] = sequence; 0 marks an empty slot. */
    private long[] table = new long[2 << 10];
    private int size;

    private static int hash(IdempotencyKey k) {
        int h = k.value().hashCode() * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    private static long tag(int h) {
        return OCCUPIED | (h & 0xFFFFFFFFL);
    }

    /** The sequence of the command accepted under {@code key}, or -1. */
    long get(IdempotencyKey key) {
        long[] t = table;
        int mask = keys.length - 1;
        int h = hash(key);
        long tag = tag(h);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long m = t[2 * i];
            if (m == 0) {
                return -1;
            }
            if (m == tag && keys[i].value().equals(key.value())) {
                return t[2 * i + 1];
            }
        }
    }

    /** Records that {@code key} was accepted at {@code sequence}; the key must be new. */
    void put(IdempotencyKey key, long sequence) {
        Objects.requireNonNull(key, "key");
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(keys, table, key, hash(key), sequence);
        size++;
    }

    int size() {
        return size;
    }

    private static void insert(IdempotencyKey[] ks, long[] t, IdempotencyKey key, int h, long sequence) {
        int mask = ks.length - 1;
        int i = h & mask;
        while (t[2 * i] != 0) {
            i = (i + 1) & mask;
        }
        ks[i] = key;
        t[2 * i] = tag(h);
        t[2 * i + 1] = sequence;
    }

    private void grow() {
        IdempotencyKey[] ks = new IdempotencyKey[keys.length * 2];
        long[] t = new long[table.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(ks, t, keys[i], (int) table[2 * i], table[2 * i + 1]);
            }
        }
        keys = ks;
        table = t;
    }
}
