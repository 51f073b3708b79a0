package kz.saruar.spi.storage;

/**
 * The positions an appended batch of journal records got (LFT-06).
 *
 * @param firstPosition the position of the batch's first record
 * @param count         the number of records in the batch
 */
public record AppendResult(long firstPosition, int count) {
    /** Refuses a negative position or an empty batch. */
    public AppendResult {
        if (firstPosition < 0) {
            throw new IllegalArgumentException("firstPosition is negative: " + firstPosition);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count is not positive: " + count);
        }
    }

    /** The position after the batch's last record. */
    public long nextPosition() {
        return firstPosition + count;
    }
}
