package kz.saruar.spi.storage;

/** An append whose expected position was not the store's end (optimistic concurrency, LFT-06); nothing was stored. */
public class PositionConflictException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final long expectedPosition;
    private final long actualPosition;

    /** A conflict between the caller's expected position and the store's end. */
    public PositionConflictException(long expectedPosition, long actualPosition) {
        super("append expected position " + expectedPosition + " but the journal ends at " + actualPosition);
        this.expectedPosition = expectedPosition;
        this.actualPosition = actualPosition;
    }

    /** The position the caller expected. */
    public long expectedPosition() {
        return expectedPosition;
    }

    /** The store's end position at the time of the append. */
    public long actualPosition() {
        return actualPosition;
    }
}
