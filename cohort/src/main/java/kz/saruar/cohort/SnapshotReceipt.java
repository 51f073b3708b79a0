package kz.saruar.cohort;

import java.util.Objects;

/**
 * A snapshot of a cohort's state as written (LFT-06 replay): the journal position it covers and
 * the hash of the chain head there, where it sits in the snapshot store, and its size.
 *
 * @param journalPosition the journal position the snapshot includes up to (exclusive)
 * @param headHash the hash of the journal record at {@code journalPosition - 1}, hex
 * @param storePosition the position of the snapshot's trailer record in the snapshot store
 * @param records how many records the snapshot took in the snapshot store, trailer included
 * @param bytes the size of the snapshot's compressed body
 */
public record SnapshotReceipt(long journalPosition, String headHash, long storePosition, int records, long bytes) {
    /** Refuses null. */
    public SnapshotReceipt {
        Objects.requireNonNull(headHash, "headHash");
    }
}
