package kz.saruar.ledger.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32C;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PendingAppends;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoreLockedException;
import kz.saruar.spi.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded file journal store, the default storage of the LIFTCOIN journal (LFT-06),
 * {@link Durability#DURABLE}.
 *
 * <p><b>Layout.</b> A directory with {@code journal.log} and {@code journal.lock}. The log starts
 * with the 8 bytes {@code SARUARJ1}; each record is a frame: {@code i32 length · i32
 * CRC32C(payload) · i32 CRC32C(the previous 8 bytes) · payload}, big-endian.
 *
 * <p><b>Durability and group commit.</b> {@link #append} orders the batch in memory and returns
 * a future. One writer thread writes everything ordered since its last round with a single
 * {@code write} and a single {@code fsync}, then completes those appends' futures; so concurrent
 * appends share an fsync, and no future completes before its records are on disk. Between rounds
 * the writer briefly gathers: threads woken by a round usually append again within microseconds,
 * so it waits for them (bounded by half the recent fsync time) rather than starting an fsync
 * that they would miss ({@link #commitStats()} shows the effect). Futures complete on the writer
 * thread; a callback there that waits on a later append's future makes the writer write it then.
 *
 * <p><b>Recovery.</b> Opening scans every frame. An incomplete frame at the end (a write cut short
 * by a crash) and a zero-filled tail are truncated: they were never acknowledged, because the
 * fsync that would have acknowledged them had not returned. Any other bad frame — a complete frame
 * whose CRC fails, or damage followed by more data — is refused with the byte offset, since
 * truncating it could drop acknowledged records.
 *
 * <p><b>One writer.</b> The writer holds an OS file lock on {@code journal.lock}; a second writer,
 * in this process or another, gets {@link StoreLockedException}. {@link #openReadOnly} takes no
 * lock and never modifies the files.
 */
public final class FileJournalStore implements JournalStore {
    /** The journal file's name in the directory. */
    public static final String JOURNAL_FILE = "journal.log";
    /** The lock file's name in the directory. */
    public static final String LOCK_FILE = "journal.lock";
    /** The largest record accepted. */
    public static final int MAX_RECORD_SIZE = 16 * 1024 * 1024;
    static final byte[] MAGIC = "SARUARJ1".getBytes(StandardCharsets.US_ASCII);
    static final int FRAME_HEADER = 12;

    private static final Logger LOG = LoggerFactory.getLogger(FileJournalStore.class);
    /** How many other waiters of its round a woken waiter wakes before it returns. */
    private static final int HELP = 2;
    private static final java.lang.invoke.VarHandle WAITER;

    static {
        try {
            WAITER = java.lang.invoke.MethodHandles.lookup().findVarHandle(Commit.class, "waiter", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path dir;
    private final boolean readOnly;
    private final FileChannel channel;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Object mon = new Object();
    private final CRC32C writerCrc = new CRC32C();
    private final Thread writer;
    private final long ignoredTailBytes;

    // guarded by mon
    private long[] offsets;
    private long syncedEnd;
    private long fileEnd;
    /** Records appended and not yet durable, in order; a round takes a prefix of them. */
    private final ArrayList<byte[]> unsynced = new ArrayList<>();
    private final PendingAppends waiters = new PendingAppends();
    private boolean closed;
    private StorageException failure;
    /** The writer is parked until {@link #unsynced} holds {@link #wakeAt} records (or a deadline). */
    private boolean writerParked;
    private int wakeAt;
    /** When the last append arrived ({@link System#nanoTime()}), for the gather's quiet gap. */
    private long lastArrival;
    private long statRounds;
    private long statRecords;
    private long statBytes;
    private long statWriteNanos;
    private long statCompleteNanos;
    private long statGatherNanos;
    private long statGapNanos;

    // the writer thread's own
    private ByteBuffer writeBuffer = ByteBuffer.allocateDirect(1 << 20);
    private long lastRoundEnd;

    private FileJournalStore(Path dir, boolean readOnly, FileChannel channel, FileChannel lockChannel, FileLock lock,
            Recovery recovered) {
        this.dir = dir;
        this.readOnly = readOnly;
        this.channel = channel;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.offsets = recovered.offsets;
        this.syncedEnd = recovered.count;
        this.fileEnd = recovered.validEnd;
        this.ignoredTailBytes = recovered.fileSize - recovered.validEnd;
        if (readOnly) {
            writer = null;
        } else {
            writer = new WriterThread(this::writeLoop, "saruar-journal-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /**
     * Opens the journal in {@code dir} for writing, creating the directory and the journal if
     * absent, taking the directory's lock and recovering from a crash.
     *
     * @throws StoreLockedException if another writer holds the directory
     * @throws StorageException     if the journal is damaged or cannot be read
     */
    public static FileJournalStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        FileChannel lockChannel = null;
        FileLock lock = null;
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new StoreLockedException("the ledger journal in " + dir + " is already open for writing in this process;"
                        + " only one writer per directory");
            }
            if (lock == null) {
                throw new StoreLockedException("the ledger journal in " + dir + " is locked by another process ("
                        + holder(lockChannel) + "); only one writer per directory");
            }
            lockChannel.truncate(0);
            lockChannel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            Path file = dir.resolve(JOURNAL_FILE);
            boolean created = !Files.exists(file);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (created || ch.size() < MAGIC.length) {
                ch.truncate(0);
                writeFully(ch, ByteBuffer.wrap(MAGIC), 0);
                ch.force(true);
                forceDirectory(dir);
            }
            Recovery r = Recovery.scan(ch, dir);
            if (r.validEnd < ch.size()) {
                LOG.warn("journal {}: truncating {} bytes of an incomplete tail after record {} (never acknowledged)",
                        file, ch.size() - r.validEnd, r.count);
                ch.truncate(r.validEnd);
                ch.force(true);
            }
            return new FileJournalStore(dir, false, ch, lockChannel, lock, r);
        } catch (IOException e) {
            closeQuietly(ch, lockChannel);
            throw new StorageException("cannot open the ledger journal in " + dir + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(ch, lockChannel);
            throw e;
        }
    }

    /**
     * Opens the journal in {@code dir} for reading only: no lock, no recovery writes. An
     * incomplete tail is left out of the records; damage is refused as by {@link #open}.
     *
     * @throws StorageException if there is no journal, it is damaged or cannot be read
     */
    public static FileJournalStore openReadOnly(Path dir) {
        Objects.requireNonNull(dir, "dir");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(dir.resolve(JOURNAL_FILE), StandardOpenOption.READ);
            return new FileJournalStore(dir, true, ch, null, null, Recovery.scan(ch, dir));
        } catch (NoSuchFileException e) {
            throw new StorageException("there is no ledger journal in " + dir + " (no " + JOURNAL_FILE + ")", e);
        } catch (IOException e) {
            closeQuietly(ch, null);
            throw new StorageException("cannot read the ledger journal in " + dir + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(ch, null);
            throw e;
        }
    }

    private static String holder(FileChannel lockChannel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(64);
            lockChannel.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return s.isEmpty() ? "unknown pid" : s;
        } catch (IOException e) {
            return "unknown pid";
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync directory {} ({}); the file system may not support it", dir, e.toString());
        }
    }

    private static void closeQuietly(FileChannel a, FileChannel b) {
        for (FileChannel c : new FileChannel[] {a, b}) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    LOG.debug("closing after a failed open: {}", e.toString());
                }
            }
        }
    }

    static void writeFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            p += ch.write(b, p);
        }
    }

    /**
     * The bytes of an incomplete write found at the end of the file when it was opened (a torn
     * tail: never acknowledged), which are not records: truncated by {@link #open}, left out by
     * {@link #openReadOnly}. 0 when the journal ended cleanly.
     */
    public long ignoredTailBytes() {
        return ignoredTailBytes;
    }

    /** The directory of this journal. */
    public Path directory() {
        return dir;
    }

    @Override
    public Durability durability() {
        return Durability.DURABLE;
    }

    @Override
    public long endPosition() {
        synchronized (mon) {
            return syncedEnd + unsynced.size();
        }
    }

    @Override
    public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> records) {
        List<byte[]> copies = PendingAppends.copies(records, MAX_RECORD_SIZE);
        if (readOnly) {
            throw new StorageException("the ledger journal in " + dir + " is open read-only");
        }
        CompletableFuture<AppendResult> f = new Commit();
        boolean wake = false;
        synchronized (mon) {
            if (failure != null) {
                throw new StorageException("the ledger journal in " + dir + " has failed: " + failure.getMessage(), failure);
            }
            if (closed) {
                throw new StorageException("the ledger journal in " + dir + " is closed");
            }
            long end = syncedEnd + unsynced.size();
            if (expectedPosition != end) {
                throw new PositionConflictException(expectedPosition, end);
            }
            unsynced.addAll(copies);
            waiters.add(end, copies.size(), f);
            lastArrival = System.nanoTime();
            if (writerParked && unsynced.size() >= wakeAt) {
                writerParked = false;
                wake = true;
            }
        }
        if (wake) {
            LockSupport.unpark(writer);
        }
        return f;
    }

    /**
     * What the group commit has done since the store was opened: rounds (one write and one fsync
     * each), the records and bytes they carried, and where the writer's time went. For
     * benchmarks and monitoring.
     *
     * @param rounds         fsyncs of appended records
     * @param records        records made durable by them
     * @param bytes          bytes written by them (frames)
     * @param writeNanos     time spent in {@code write} and {@code fsync}
     * @param completeNanos  time spent completing the appends' futures after each fsync (waking their threads)
     * @param gatherNanos    time spent waiting, with records queued, for more to arrive before a round
     * @param gapNanos       time from the end of each fsync to the start of the next write (completing,
     *                       gathering, and idling with nothing queued)
     */
    public record CommitStats(long rounds, long records, long bytes, long writeNanos, long completeNanos, long gatherNanos,
            long gapNanos) {
        /** Records per fsync; 0 before the first round. */
        public double recordsPerRound() {
            return rounds == 0 ? 0 : (double) records / rounds;
        }

        /** The counters accumulated since {@code earlier}. */
        public CommitStats since(CommitStats earlier) {
            return new CommitStats(rounds - earlier.rounds, records - earlier.records, bytes - earlier.bytes,
                    writeNanos - earlier.writeNanos, completeNanos - earlier.completeNanos,
                    gatherNanos - earlier.gatherNanos, gapNanos - earlier.gapNanos);
        }
    }

    /** The group commit's counters so far. */
    public CommitStats commitStats() {
        synchronized (mon) {
            return new CommitStats(statRounds, statRecords, statBytes, statWriteNanos, statCompleteNanos, statGatherNanos,
                    statGapNanos);
        }
    }

    /** The records one round writes: a prefix of the records not yet durable. */
    private record Round(List<byte[]> batch, long start, long fileStart) {
    }

    /**
     * The writer thread, the only one that writes and fsyncs (group commit). Each round takes
     * every record queued, writes it with one {@code write} and one {@code fsync}, publishes it and
     * completes the futures it covers; records appended meanwhile wait for the next round.
     *
     * <p>Before a round the writer may <em>gather</em>: threads woken by the previous round are
     * likely to append again within microseconds, and a round started without them would make them
     * wait for a whole extra fsync. So the next round starts when as many records are queued as the
     * previous round carried plus those that arrived during its fsync, when no record has arrived
     * for an eighth of the recent fsync time, or after half of it, whichever comes first — and at
     * once when there is nothing to wait for (a lone submitter, or on close). Waiting is bounded by
     * the fsync time, so a round's latency is at most about 1.5 fsyncs plus the write.
     */
    private void writeLoop() {
        long fsyncNanos = 0; // a moving average of write + fsync
        int target = 0;
        long releasedAt = 0;
        while (true) {
            Round round = nextRound(target, releasedAt, fsyncNanos / 2, fsyncNanos / 8);
            if (round == null) {
                return;
            }
            long t0 = System.nanoTime();
            Written w = writeRound(round);
            if (w == null) {
                return;
            }
            fsyncNanos = fsyncNanos == 0 ? w.fsyncEnd() - t0 : (fsyncNanos * 7 + (w.fsyncEnd() - t0)) / 8;
            target = round.batch().size() + w.queuedAfter();
            releasedAt = System.nanoTime();
            synchronized (mon) {
                statCompleteNanos += releasedAt - w.fsyncEnd();
            }
        }
    }

    /** A round made durable: when its fsync returned, and how many records were queued behind it then. */
    private record Written(long fsyncEnd, int queuedAfter) {
    }

    /**
     * Writes and fsyncs a round, publishes it (its records become readable, {@link #syncedEnd}
     * moves) and completes the futures it covers; null if the write failed (the store has failed).
     * Runs on the writer thread only.
     */
    private Written writeRound(Round round) {
        long t0 = System.nanoTime();
        long[] frameOffsets = new long[round.batch().size()];
        long written;
        try {
            written = writeFrames(round.batch(), round.fileStart(), frameOffsets);
            channel.force(false);
        } catch (IOException | RuntimeException e) {
            fail(new StorageException("writing the ledger journal in " + dir + " failed; nothing after record "
                    + round.start() + " is acknowledged: " + e, e));
            return null;
        }
        long t1 = System.nanoTime();
        PendingAppends.Taken done;
        int n = round.batch().size();
        int queuedAfter;
        synchronized (mon) {
            ensureOffsets(round.start() + n);
            System.arraycopy(frameOffsets, 0, offsets, (int) round.start(), n);
            unsynced.subList(0, n).clear();
            syncedEnd = round.start() + n;
            fileEnd = round.fileStart() + written;
            done = waiters.takeUpTo(syncedEnd);
            queuedAfter = unsynced.size();
            statRounds++;
            statRecords += n;
            statBytes += written;
            statWriteNanos += t1 - t0;
            if (lastRoundEnd != 0) {
                statGapNanos += t0 - lastRoundEnd;
            }
        }
        lastRoundEnd = t1;
        answer(done);
        return new Written(t1, queuedAfter);
    }

    /**
     * Whether the calling thread is a file journal's writer, which runs the callbacks of completed
     * appends: code there that waits for a later append of the same journal must not sleep (no
     * other thread would write it); {@code Ledger} decides directly there instead of queueing.
     */
    public static boolean isWriterThread() {
        return Thread.currentThread() instanceof WriterThread;
    }

    /** The writer thread's type, so that {@link #isWriterThread} can recognize it. */
    private static final class WriterThread extends Thread {
        WriterThread(Runnable run, String name) {
            super(run, name);
        }
    }

    /**
     * The future of an append. Waiting on it ({@code get}, {@code join}) from the writer thread
     * itself — a callback of an earlier append that submits and waits again — writes the queued
     * records there and then, since the writer cannot do it while it waits.
     */
    private final class Commit extends CompletableFuture<AppendResult> {
        /** The thread parked in {@link #join} until this append is answered (at most one; see there). */
        volatile Thread waiter;
        /** Set by the writer for a round it answers: it wakes this round's waiters itself, with their help. */
        volatile boolean quiet;
        /** The waiters of the round that answered this append, set before any of them is woken. */
        volatile Wakes wakes;

        @Override
        public AppendResult get() throws InterruptedException, java.util.concurrent.ExecutionException {
            writeInlineIfWriter(this);
            return super.get();
        }

        @Override
        public AppendResult get(long timeout, java.util.concurrent.TimeUnit unit)
                throws InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
            writeInlineIfWriter(this);
            return super.get(timeout, unit);
        }

        /**
         * Waits for the answer as {@code CompletableFuture.join} does (interrupts are kept, not
         * thrown), then wakes two more waiters of its round: the writer does not wake them all alone.
         */
        @Override
        public AppendResult join() {
            writeInlineIfWriter(this);
            // one thread waits here; another joining the same append (a repeated command waits on
            // the record that first carried its key, LFT-07) waits as CompletableFuture does
            if (!isDone() && WAITER.compareAndSet(this, null, Thread.currentThread())) {
                boolean interrupted = false;
                while (!isDone()) {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                Wakes w = wakes;
                if (w != null) {
                    w.wake(HELP);
                }
            }
            return super.join();
        }

        @Override
        public boolean complete(AppendResult value) {
            boolean first = super.complete(value);
            if (first && !quiet) {
                wakeWaiter();
            }
            return first;
        }

        @Override
        public boolean completeExceptionally(Throwable ex) {
            boolean first = super.completeExceptionally(ex);
            wakeWaiter();
            return first;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            wakeWaiter();
            return cancelled;
        }

        @Override
        public void obtrudeValue(AppendResult value) {
            super.obtrudeValue(value);
            wakeWaiter();
        }

        @Override
        public void obtrudeException(Throwable ex) {
            super.obtrudeException(ex);
            wakeWaiter();
        }

        private void wakeWaiter() {
            Thread t = waiter;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /**
     * The threads parked on a round's appends, woken by the writer and by each other: a wake-up
     * costs about 10 µs on a virtual machine, and ~60 of them one after another kept the writer
     * from its next write for 600 µs. Every thread is woken once, by whoever takes it first.
     */
    private static final class Wakes {
        private final Thread[] threads;
        private final AtomicInteger next = new AtomicInteger();

        Wakes(Thread[] threads) {
            this.threads = threads;
        }

        void wake(int n) {
            for (int k = 0; k < n; k++) {
                int i = next.getAndIncrement();
                if (i >= threads.length) {
                    return;
                }
                LockSupport.unpark(threads[i]);
            }
        }
    }

    /**
     * Answers a round's appends on this thread (their callbacks run here, as always), then wakes
     * the threads parked on them together with the first ones woken.
     */
    private static void answer(PendingAppends.Taken done) {
        List<Commit> commits = new ArrayList<>();
        done.forEachFuture(f -> {
            Commit c = (Commit) f; // the only futures this store queues
            c.quiet = true;
            commits.add(c);
        });
        done.complete();
        // read after the answer: a waiter that came later saw it and did not park (waiter is set once)
        List<Commit> waited = commits.stream().filter(c -> c.waiter != null).toList();
        Wakes w = new Wakes(waited.stream().map(c -> c.waiter).toArray(Thread[]::new));
        for (Commit c : waited) {
            c.wakes = w;
        }
        w.wake(Integer.MAX_VALUE);
    }

    private void writeInlineIfWriter(CompletableFuture<AppendResult> f) {
        while (!f.isDone() && Thread.currentThread() == writer) {
            Round r;
            synchronized (mon) {
                if (failure != null || unsynced.isEmpty()) {
                    return; // failed: f has failed too; nothing queued: f is not this store's to write
                }
                r = new Round(new ArrayList<>(unsynced), syncedEnd, fileEnd);
            }
            if (writeRound(r) == null) {
                return;
            }
        }
    }

    /**
     * Waits for records and gathers them as {@link #writeLoop} describes; returns the next round,
     * or null when the store is closed with nothing left to write, or has failed.
     */
    private Round nextRound(int target, long releasedAt, long gatherLimit, long quietGap) {
        long gatherStart = 0;
        while (true) {
            long park;
            synchronized (mon) {
                if (failure != null) {
                    return null;
                }
                int queued = unsynced.size();
                if (queued == 0) {
                    if (closed) {
                        return null;
                    }
                    gatherStart = 0;
                    wakeAt = 1;
                    park = 0;
                } else {
                    long now = System.nanoTime();
                    if (gatherStart == 0) {
                        gatherStart = now;
                    }
                    long quietSince = Math.max(lastArrival, releasedAt);
                    if (closed || queued >= target || now - gatherStart >= gatherLimit || now - quietSince >= quietGap) {
                        writerParked = false;
                        statGatherNanos += now - gatherStart;
                        return new Round(new ArrayList<>(unsynced), syncedEnd, fileEnd);
                    }
                    wakeAt = target;
                    park = Math.max(1, Math.min(gatherStart + gatherLimit, quietSince + quietGap) - now);
                }
                writerParked = true;
            }
            if (park == 0) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, park);
            }
        }
    }

    private long writeFrames(List<byte[]> batch, long fileStart, long[] frameOffsets) throws IOException {
        long total = 0;
        for (byte[] r : batch) {
            total += FRAME_HEADER + r.length;
        }
        if (writeBuffer.capacity() < total && total <= (64 << 20)) {
            writeBuffer = ByteBuffer.allocateDirect((int) Math.max(total, writeBuffer.capacity() * 2L));
        }
        ByteBuffer b = writeBuffer;
        b.clear();
        long pos = fileStart;
        for (int i = 0; i < batch.size(); i++) {
            byte[] r = batch.get(i);
            if (b.remaining() < FRAME_HEADER + r.length) {
                b.flip();
                writeFully(channel, b, pos);
                pos += b.limit();
                b.clear();
            }
            frameOffsets[i] = pos + b.position();
            writerCrc.reset();
            writerCrc.update(r, 0, r.length);
            int payloadCrc = (int) writerCrc.getValue();
            b.putInt(r.length).putInt(payloadCrc).putInt(headerCrc(writerCrc, r.length, payloadCrc));
            if (r.length > b.remaining()) {
                b.flip();
                writeFully(channel, b, pos);
                pos += b.limit();
                b.clear();
                writeFully(channel, ByteBuffer.wrap(r), pos);
                pos += r.length;
            } else {
                b.put(r);
            }
        }
        b.flip();
        writeFully(channel, b, pos);
        pos += b.limit();
        b.clear();
        return pos - fileStart;
    }

    static int headerCrc(CRC32C crc, int length, int payloadCrc) {
        crc.reset();
        crc.update((length >>> 24) & 0xFF);
        crc.update((length >>> 16) & 0xFF);
        crc.update((length >>> 8) & 0xFF);
        crc.update(length & 0xFF);
        crc.update((payloadCrc >>> 24) & 0xFF);
        crc.update((payloadCrc >>> 16) & 0xFF);
        crc.update((payloadCrc >>> 8) & 0xFF);
        crc.update(payloadCrc & 0xFF);
        return (int) crc.getValue();
    }

    private void ensureOffsets(long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new StorageException("the ledger journal in " + dir + " exceeds " + (Integer.MAX_VALUE - 8) + " records");
        }
        if (offsets.length < size) {
            offsets = Arrays.copyOf(offsets, (int) Math.max(size, Math.min(Integer.MAX_VALUE - 8L, offsets.length * 2L)));
        }
    }

    private void fail(StorageException e) {
        PendingAppends.Taken pending;
        synchronized (mon) {
            failure = e;
            pending = waiters.takeAll();
        }
        if (writer != null) {
            LockSupport.unpark(writer);
        }
        LOG.error("ledger journal in {} failed; the store refuses further appends", dir, e);
        pending.fail(r -> e);
    }

    @Override
    public List<StoredRecord> read(long fromPosition, int maxRecords) {
        List<StoredRecord> out = new ArrayList<>();
        long p = fromPosition;
        synchronized (mon) {
            StoreChecks.readArguments(fromPosition, maxRecords, syncedEnd + unsynced.size());
        }
        while (out.size() < maxRecords) {
            long from;
            long to;
            long[] range;
            synchronized (mon) {
                long end = syncedEnd + unsynced.size();
                if (p >= end) {
                    break;
                }
                if (p >= syncedEnd) {
                    int i = (int) (p - syncedEnd);
                    int n = (int) Math.min(maxRecords - out.size(), unsynced.size() - i);
                    for (int k = 0; k < n; k++) {
                        out.add(StoredRecord.wrap(p + k, unsynced.get(i + k).clone()));
                    }
                    p += n;
                    continue;
                }
                from = p;
                to = Math.min(syncedEnd, p + (maxRecords - out.size()));
                range = new long[(int) (to - from) + 1];
                System.arraycopy(offsets, (int) from, range, 0, (int) (to - from));
                range[range.length - 1] = to < syncedEnd ? offsets[(int) to] : fileEnd;
            }
            readFrames(from, range, out);
            p = to;
        }
        return out;
    }

    private void readFrames(long first, long[] range, List<StoredRecord> out) {
        int chunk = 4 << 20;
        int i = 0;
        int n = range.length - 1;
        try {
            while (i < n) {
                int j = i + 1;
                while (j < n && range[j + 1] - range[i] <= chunk) {
                    j++;
                }
                long len = range[j] - range[i];
                ByteBuffer b = ByteBuffer.allocate((int) len);
                while (b.hasRemaining()) {
                    if (channel.read(b, range[i] + b.position()) < 0) {
                        throw new StorageException("the ledger journal in " + dir + " is shorter than its index");
                    }
                }
                byte[] a = b.array();
                for (int k = i; k < j; k++) {
                    int off = (int) (range[k] - range[i]);
                    int size = (int) (range[k + 1] - range[k]) - FRAME_HEADER;
                    out.add(StoredRecord.wrap(first + k, Arrays.copyOfRange(a, off + FRAME_HEADER, off + FRAME_HEADER + size)));
                }
                i = j;
            }
        } catch (IOException e) {
            throw new StorageException("cannot read the ledger journal in " + dir + ": " + e, e);
        }
    }

    @Override
    public int maxRecordSize() {
        return MAX_RECORD_SIZE;
    }

    @Override
    public void close() {
        synchronized (mon) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (writer != null) {
            LockSupport.unpark(writer);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            channel.close();
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            throw new StorageException("closing the ledger journal in " + dir + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return "FileJournalStore[" + dir + (readOnly ? ", read-only" : "") + "]";
    }

    /** The result of scanning a journal file: record offsets, the count, and where valid data ends. */
    static final class Recovery {
        final long[] offsets;
        final int count;
        final long validEnd;
        /** The file's size when scanned: bytes from {@code validEnd} to it are an incomplete tail. */
        final long fileSize;

        private Recovery(long[] offsets, int count, long validEnd, long fileSize) {
            this.offsets = offsets;
            this.count = count;
            this.validEnd = validEnd;
            this.fileSize = fileSize;
        }

        static Recovery scan(FileChannel ch, Path dir) throws IOException {
            long size = ch.size();
            ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
            while (magic.hasRemaining() && ch.read(magic, magic.position()) > 0) {
                // read the header
            }
            if (magic.position() < MAGIC.length || !Arrays.equals(magic.array(), MAGIC)) {
                throw new JournalCorruptedException("the ledger journal in " + dir + " does not start with SARUARJ1: "
                        + "not a journal, or its first bytes were changed", 0, 0);
            }
            long[] offsets = new long[1024];
            int count = 0;
            CRC32C crc = new CRC32C();
            int bufSize = 8 << 20;
            ByteBuffer buf = ByteBuffer.allocate(bufSize);
            long bufStart = MAGIC.length;
            buf.limit(0);
            long pos = MAGIC.length;
            while (true) {
                if (pos - bufStart + FRAME_HEADER > buf.limit()) {
                    // refill from pos, ensuring at least the header (and ideally the payload) is buffered
                    buf.clear();
                    bufStart = pos;
                    while (buf.hasRemaining()) {
                        int r = ch.read(buf, bufStart + buf.position());
                        if (r < 0) {
                            break;
                        }
                    }
                    buf.flip();
                }
                int at = (int) (pos - bufStart);
                long remaining = size - pos;
                if (remaining == 0) {
                    return new Recovery(offsets, count, pos, size);
                }
                if (remaining < FRAME_HEADER) {
                    return tail(ch, dir, offsets, count, pos, size, "an incomplete frame header", false);
                }
                int length = buf.getInt(at);
                int payloadCrc = buf.getInt(at + 4);
                int hCrc = buf.getInt(at + 8);
                if (hCrc != headerCrc(crc, length, payloadCrc) || length <= 0 || length > MAX_RECORD_SIZE) {
                    return tail(ch, dir, offsets, count, pos, size, "a frame header that fails its CRC", true);
                }
                if (remaining < FRAME_HEADER + (long) length) {
                    return tail(ch, dir, offsets, count, pos, size, "an incomplete record", false);
                }
                if (at + FRAME_HEADER + length > buf.limit()) {
                    if (FRAME_HEADER + length > bufSize) {
                        bufSize = FRAME_HEADER + length;
                        buf = ByteBuffer.allocate(bufSize);
                    }
                    buf.limit(0);
                    bufStart = pos;
                    continue;
                }
                crc.reset();
                crc.update(buf.array(), at + FRAME_HEADER, length);
                if ((int) crc.getValue() != payloadCrc) {
                    return tail(ch, dir, offsets, count, pos, size, "a record that fails its CRC", true);
                }
                if (count == offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[count++] = pos;
                pos += FRAME_HEADER + length;
            }
        }

        private static Recovery tail(FileChannel ch, Path dir, long[] offsets, int count, long pos, long size,
                String what, boolean damaged) throws IOException {
            if (damaged && !zeros(ch, pos, size)) {
                throw new JournalCorruptedException("the ledger journal in " + dir + " is damaged at byte " + pos + " (record "
                        + count + "): " + what + ". Acknowledged records may follow, so it is not truncated;"
                        + " restore the directory from a copy", count, pos);
            }
            return new Recovery(offsets, count, pos, size);
        }

        private static boolean zeros(FileChannel ch, long from, long to) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(64 * 1024);
            long p = from;
            while (p < to) {
                b.clear();
                int r = ch.read(b, p);
                if (r <= 0) {
                    break;
                }
                for (int i = 0; i < r; i++) {
                    if (b.get(i) != 0) {
                        return false;
                    }
                }
                p += r;
            }
            return true;
        }
    }
}
