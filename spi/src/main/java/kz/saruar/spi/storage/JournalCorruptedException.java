package kz.saruar.spi.storage;

import java.util.OptionalLong;

/**
 * A journal whose stored bytes are damaged beyond an unacknowledged tail (LFT-06); the store refuses
 * it rather than drop acknowledged records. Where the store knows it, the damage's place is data — the
 * first damaged or missing record's position and, for a file, the byte offset — so that a user's
 * message can name it in any language, not only in the English message.
 */
public class JournalCorruptedException extends StorageException {
    private static final long serialVersionUID = 1L;
    /** -1 when unknown: kept as longs so that the exception stays serializable. */
    private final long position;
    private final long byteOffset;

    /** A refusal naming where the damage is in its message only. */
    public JournalCorruptedException(String message) {
        this(message, -1, -1);
    }

    /**
     * A refusal naming where the damage is, with the position of the first damaged or missing record.
     *
     * @param position the first damaged or missing record, from 0
     */
    public JournalCorruptedException(String message, long position) {
        this(message, position, -1);
    }

    /**
     * A refusal naming where the damage is, with the record's position and the byte where it starts.
     *
     * @param position the first damaged record, from 0
     * @param byteOffset the byte of the journal file where the damage starts, from 0
     */
    public JournalCorruptedException(String message, long position, long byteOffset) {
        super(message);
        if (position < -1 || byteOffset < -1) {
            throw new IllegalArgumentException("position and byteOffset are not negative (or -1 for unknown): "
                    + position + ", " + byteOffset);
        }
        this.position = position;
        this.byteOffset = byteOffset;
    }

    /** The position of the first damaged or missing record, if the store knows it. */
    public OptionalLong position() {
        return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** The byte of the journal file where the damage starts, if the store keeps bytes it can count. */
    public OptionalLong byteOffset() {
        return byteOffset < 0 ? OptionalLong.empty() : OptionalLong.of(byteOffset);
    }
}
