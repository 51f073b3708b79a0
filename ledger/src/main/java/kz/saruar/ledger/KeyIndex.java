package kz.saruar.ledger;

import java.util.Objects;

/**
 * Idempotency key → journal sequence (LFT-07), by open addressing: two flat arrays instead of a
 * node and a boxed {@code Long} per key, which matters for journals of millions of commands.
 * Not thread-safe; confined to the ledger's lock like {@link LedgerState}.
 */
final class KeyIndex {
    private IdempotencyKey[] keys = new IdempotencyKey[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    private static int slot(IdempotencyKey k, int mask) {
        int h = k.value().hashCode();
        return (h ^ (h >>> 16)) * 0x9E3779B1 & mask;
    }

    /** The sequence of the command accepted under {@code key}, or -1. */
    long get(IdempotencyKey key) {
        IdempotencyKey[] ks = keys;
        int mask = ks.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            IdempotencyKey k = ks[i];
            if (k == null) {
                return -1;
            }
            if (k.value().equals(key.value())) {
                return values[i];
            }
        }
    }

    /** Records that {@code key} was accepted at {@code sequence}; the key must be new. */
    void put(IdempotencyKey key, long sequence) {
        Objects.requireNonNull(key, "key");
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(keys, values, key, sequence);
        size++;
    }

    int size() {
        return size;
    }

    private static void insert(IdempotencyKey[] ks, long[] vs, IdempotencyKey key, long sequence) {
        int mask = ks.length - 1;
        int i = slot(key, mask);
        while (ks[i] != null) {
            i = (i + 1) & mask;
        }
        ks[i] = key;
        vs[i] = sequence;
    }

    private void grow() {
        IdempotencyKey[] ks = new IdempotencyKey[keys.length * 2];
        long[] vs = new long[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(ks, vs, keys[i], values[i]);
            }
        }
        keys = ks;
        values = vs;
    }
}
