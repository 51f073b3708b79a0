package kz.saruar.spi.storage;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record of a journal as a {@link JournalStore} returns it: its position and its bytes (LFT-06).
 * The bytes are copied in and out, so the record is immutable.
 */
public final class StoredRecord {
    private final long position;
    private final byte[] payload;

    private StoredRecord(long position, byte[] payload) {
        this.position = position;
        this.payload = payload;
    }

    /** A record at {@code position} with a copy of {@code payload}. */
    public static StoredRecord of(long position, byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        if (position < 0) {
            throw new IllegalArgumentException("position is negative: " + position);
        }
        return new StoredRecord(position, payload.clone());
    }

    /** A record that takes ownership of {@code payload} without copying; for store implementations that already hold a private copy. */
    public static StoredRecord wrap(long position, byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        if (position < 0) {
            throw new IllegalArgumentException("position is negative: " + position);
        }
        return new StoredRecord(position, payload);
    }

    /** The record's position in the log. */
    public long position() {
        return position;
    }

    /** A copy of the record's bytes. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The record's length in bytes. */
    public int size() {
        return payload.length;
    }

    /** Whether the record's bytes equal {@code bytes}. */
    public boolean hasPayload(byte[] bytes) {
        return Arrays.equals(payload, Objects.requireNonNull(bytes, "bytes"));
    }

    /** Copies the bytes into {@code target} at {@code offset}; saves a copy for readers that parse in place. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(payload, 0, target, offset, payload.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord r && r.position == position && Arrays.equals(r.payload, payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(position) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "StoredRecord[position=" + position + ", size=" + payload.length + "]";
    }
}
