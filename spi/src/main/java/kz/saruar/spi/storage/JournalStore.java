package kz.saruar.spi.storage;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An append-only log of opaque records, the storage behind the LIFTCOIN journal (LFT-06).
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Positions.</b> Records are numbered 0, 1, 2, … in append order with no gaps.
 *       {@link #endPosition()} is the position the next record will get.</li>
 *   <li><b>Optimistic concurrency.</b> {@link #append(long, List)} takes the position the caller
 *       expects the batch to start at. If it differs from {@link #endPosition()} the call throws
 *       {@link PositionConflictException} at once and stores nothing. Otherwise the whole batch is
 *       ordered at consecutive positions before the call returns, so a later call is ordered after
 *       it. A store that several writers share without a lock (PostgreSQL across nodes) may learn
 *       only when it commits that another writer took those positions first: it then completes
 *       the returned future exceptionally with a {@code PositionConflictException} and stores
 *       nothing of the batch. A caller treats both alike.</li>
 *   <li><b>Atomic batches.</b> After a crash a batch is present completely or not at all.</li>
 *   <li><b>Durability.</b> For a store whose {@link #durability()} is
 *       {@link Durability#DURABLE}, the returned future completes only when the batch would
 *       survive a crash of the process and of the machine (an fsync or a committed database
 *       transaction). A record whose append completed normally is never lost. If the store cannot
 *       make a batch durable, the future completes exceptionally with a {@link StorageException}
 *       and the store fails every later call (fail-stop): what was not acknowledged may or may
 *       not be present after reopening.</li>
 *   <li><b>Reads.</b> {@link #read(long, int)} returns records in position order, the exact bytes
 *       appended, including records whose append has not yet completed; it never returns a record
 *       that was not appended. After reopening, the store holds every acknowledged record, and
 *       possibly some later ones that were ordered but not acknowledged, always a prefix of the
 *       append order.</li>
 *   <li><b>Threads.</b> All methods may be called from any thread.</li>
 *   <li><b>Ownership.</b> A store that persists may allow only one writer at a time per location;
 *       a second one is refused with {@link StoreLockedException}.</li>
 * </ul>
 *
 * <p>The kit {@code kz.saruar.spi.testkit.storage.JournalStoreContract} checks this contract;
 * a store written by a regional center should pass it.
 */
public interface JournalStore extends AutoCloseable {
    /** Whether an acknowledged append survives a crash. */
    Durability durability();

    /** The position the next appended record will get, which is also the number of records. */
    long endPosition();

    /**
     * Orders {@code records} at {@code expectedPosition}, {@code expectedPosition + 1}, … and
     * returns a future that completes when they are stored as {@link #durability()} promises.
     *
     * @param expectedPosition the caller's view of {@link #endPosition()}
     * @param records          one or more records, each non-empty; the store keeps its own copy
     * @return the positions the batch got, completing when stored
     * @throws PositionConflictException if {@code expectedPosition != endPosition()}
     * @throws IllegalArgumentException  if the batch or a record is empty or too large
     * @throws StorageException          if the store is closed or has failed
     */
    CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> records);

    /**
     * Up to {@code maxRecords} records starting at {@code fromPosition}; empty when
     * {@code fromPosition == endPosition()}.
     *
     * @throws IllegalArgumentException if {@code fromPosition} is negative or beyond
     *                                  {@link #endPosition()}, or {@code maxRecords < 1}
     */
    List<StoredRecord> read(long fromPosition, int maxRecords);

    /** The largest record this store accepts, in bytes. */
    int maxRecordSize();

    /** Waits for outstanding appends and releases the store (and its lock, if any). */
    @Override
    void close();
}
