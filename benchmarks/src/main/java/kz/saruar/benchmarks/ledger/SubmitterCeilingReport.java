package kz.saruar.benchmarks.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.storage.StoredRecord;

/**
 * The ledger's throughput beside its physical limits, measured in one process so each figure has
 * its limit from the same run (issue 13, LFT-06): fsync latency of a record-sized append, then 64
 * synchronous submitters on the file journal (ceiling = 64 ÷ fsync latency), then 64 asynchronous
 * submitters, then the in-memory ledger on one thread beside chained SHA-256 of the same records.
 * Run with {@code java -cp benchmarks/target/saruar-benchmarks.jar
 * kz.saruar.benchmarks.ledger.SubmitterCeilingReport [seconds] [rounds]}; it prints the
 * conditions (time, cores, load) with the figures.
 */
public final class SubmitterCeilingReport {
    private static final int SUBMITTERS = 64;
    private static final int ASYNC_WINDOW = 64;
    private static final int SLICES_PER_LEDGER = 12;
    private static final Path MEMORY_FS = Path.of("/dev/shm");
    private static final String IN_MEMORY = "in-memory";

    private SubmitterCeilingReport() {
    }

    /** Runs the report. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(IN_MEMORY)) {
            inMemoryProcess(Double.parseDouble(args[1]));
            return;
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "started %s; %d cores; load average %s; %s %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        // warm-up: JIT the paths once
        fsyncLatencyMicros(1);
        syncSubmitters(1);
        asyncSubmitters(1, new FileJournalStore.CommitStats[1]);
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "%n-- round %d (load average %s)%n", round, loadAverage());
            double before = fsyncLatencyMicros(seconds / 2);
            FileJournalStore.CommitStats[] syncStats = new FileJournalStore.CommitStats[1];
            double sync = syncSubmitters(seconds, syncStats);
            double after = fsyncLatencyMicros(seconds / 2);
            double latency = (before + after) / 2;
            double ceiling = SUBMITTERS / (latency / 1e6);
            System.out.printf(Locale.ROOT, "fsync latency (180-byte append + fdatasync): %.1f µs before, %.1f µs after, mean %.1f µs%n",
                    before, after, latency);
            System.out.printf(Locale.ROOT, "file ledger, %d synchronous submitters: %,.0f transfers/s; ceiling %d ÷ %.1f µs = %,.0f/s;"
                    + " %.0f %% of the ceiling (goal ≥ 80 %%)%n", SUBMITTERS, sync, SUBMITTERS, latency, ceiling, 100 * sync / ceiling);
            printCommits(syncStats[0], seconds);
            if (Files.isDirectory(MEMORY_FS) && Files.isWritable(MEMORY_FS)
                    && Files.getFileStore(MEMORY_FS).getUsableSpace() > 2L << 30) {
                // the same submitters with fsync costing nothing: what the synchronous path itself
                // allows on this machine (waking the answered threads, gathering their next commands)
                FileJournalStore.CommitStats[] freeStats = new FileJournalStore.CommitStats[1];
                double free = syncSubmitters(seconds, freeStats, Files.createTempDirectory(MEMORY_FS, "saruar-sync"));
                System.out.printf(Locale.ROOT, "  the same with the journal on tmpfs (%s, fsync free): %,.0f transfers/s = %.0f %% of the"
                        + " disk's ceiling; no disk makes synchronous submitters faster than this here%n", MEMORY_FS, free,
                        100 * free / ceiling);
                printCommits(freeStats[0], seconds);
            }
            // the same ratio against the journal's own fsyncs in this phase: under load a lone
            // fsync loop's latency includes its wait for a core after each fsync
            double own = syncStats[0].writeNanos() / 1e3 / Math.max(1, syncStats[0].rounds());
            System.out.printf(Locale.ROOT, "  against the journal's own write + fsync in this phase: ceiling %d ÷ %.1f µs = %,.0f/s;"
                    + " %.0f %%%n", SUBMITTERS, own, SUBMITTERS / (own / 1e6), 100 * sync / (SUBMITTERS / (own / 1e6)));
            FileJournalStore.CommitStats[] asyncStats = new FileJournalStore.CommitStats[1];
            double async = asyncSubmitters(seconds, asyncStats);
            System.out.printf(Locale.ROOT, "file ledger, %d asynchronous submitters (submitAsync, %d in flight each): %,.0f transfers/s"
                    + " (goal ≥ 200,000)%n", SUBMITTERS, ASYNC_WINDOW, async);
            printCommits(asyncStats[0], seconds);
            double[] mem = inMemoryInItsOwnJvm(seconds);
            System.out.printf(Locale.ROOT, "in-memory ledger, 1 thread: %,.0f transfers/s (goal ≥ 1,000,000); chained SHA-256 of the"
                    + " same records: %,.0f/s; ledger = %.0f %% of the hashing alone%n", mem[0], mem[1], 100 * mem[0] / mem[1]);
            System.out.printf(Locale.ROOT, "  per second of the thread's own CPU time (what one core gives when the machine is shared):"
                    + " ledger %,.0f transfers/s, chained SHA-256 %,.0f/s (GC threads not counted)%n", mem[2], mem[3]);
        }
        System.out.printf(Locale.ROOT, "%nfinished %s; load average %s%n", Instant.now(), loadAverage());
    }

    /** The group commit during a phase: records per fsync, fsyncs per second, and what the writer did between fsyncs. */
    private static void printCommits(FileJournalStore.CommitStats s, double seconds) {
        double r = Math.max(1, s.rounds());
        System.out.printf(Locale.ROOT, "  group commit: %.1f records per fsync, %,.0f fsyncs/s; per fsync: write + fsync %.0f µs,"
                + " then %.0f µs until the next write (completing %.0f µs, gathering %.0f µs)%n", s.recordsPerRound(),
                s.rounds() / seconds, s.writeNanos() / 1e3 / r, s.gapNanos() / 1e3 / r, s.completeNanos() / 1e3 / r,
                s.gatherNanos() / 1e3 / r);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Mean microseconds of one 180-byte append followed by fdatasync, over {@code seconds}. */
    static double fsyncLatencyMicros(double seconds) throws IOException {
        Path dir = LedgerWorkload.freshDir("saruar-fsync-latency");
        try (FileChannel ch = FileChannel.open(dir.resolve("f"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocateDirect(180);
            long pos = 0;
            long n = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long now;
            do {
                b.clear();
                while (b.hasRemaining()) {
                    pos += ch.write(b, pos);
                }
                ch.force(false);
                n++;
                now = System.nanoTime();
            } while (now < end);
            return (now - start) / 1e3 / n;
        } finally {
            LedgerWorkload.delete(dir);
        }
    }

    /** Transfers/s with 64 threads each submitting one transfer and waiting for it. */
    static double syncSubmitters(double seconds) throws InterruptedException {
        return syncSubmitters(seconds, new FileJournalStore.CommitStats[1]);
    }

    /**
     * Transfers/s with 64 threads each submitting one transfer and waiting for it; {@code stats[0]}
     * receives the journal's group-commit counters over the measured interval.
     */
    static double syncSubmitters(double seconds, FileJournalStore.CommitStats[] stats) throws InterruptedException {
        return syncSubmitters(seconds, stats, LedgerWorkload.freshDir("saruar-sync"));
    }

    /** As {@link #syncSubmitters(double, FileJournalStore.CommitStats[])}, with the journal in {@code dir} (deleted after). */
    static double syncSubmitters(double seconds, FileJournalStore.CommitStats[] stats, Path dir) throws InterruptedException {
        // the store is opened here (not by Ledger.openDirectory) to read its counters; no snapshots
        // are due within a run of seconds, so the ledger behaves the same
        try (FileJournalStore store = FileJournalStore.open(dir);
                Ledger ledger = LedgerWorkload.populate(Ledger.open(store, LedgerPolicy.defaults(), Clock.systemUTC()))) {
            AtomicLong counter = new AtomicLong();
            return run(seconds, SUBMITTERS, store, stats, () -> {
                Outcome<JournalRecord> o = ledger.submit(LedgerWorkload.transfer("s", counter.getAndIncrement()));
                if (!o.accepted()) {
                    throw new IllegalStateException("refused: " + o);
                }
                return 1;
            });
        } finally {
            LedgerWorkload.delete(dir);
        }
    }

    /** Transfers/s with 64 threads each keeping up to 64 asynchronous submits in flight. */
    static double asyncSubmitters(double seconds, FileJournalStore.CommitStats[] stats) throws InterruptedException {
        Path dir = LedgerWorkload.freshDir("saruar-async");
        try (FileJournalStore store = FileJournalStore.open(dir);
                Ledger ledger = LedgerWorkload.populate(Ledger.open(store, LedgerPolicy.defaults(), Clock.systemUTC()))) {
            AtomicLong counter = new AtomicLong();
            ThreadLocal<ArrayDeque<CompletableFuture<Outcome<JournalRecord>>>> inFlight = ThreadLocal.withInitial(ArrayDeque::new);
            return run(seconds, SUBMITTERS, store, stats, () -> {
                ArrayDeque<CompletableFuture<Outcome<JournalRecord>>> q = inFlight.get();
                q.add(ledger.submitAsync(LedgerWorkload.transfer("a", counter.getAndIncrement())));
                int done = 0;
                if (q.size() >= ASYNC_WINDOW) {
                    // wait for the oldest; count every completed one
                    while (!q.isEmpty() && (q.size() >= ASYNC_WINDOW || q.peekFirst().isDone())) {
                        if (!q.pollFirst().join().accepted()) {
                            throw new IllegalStateException("refused");
                        }
                        done++;
                    }
                }
                return done;
            });
        } finally {
            LedgerWorkload.delete(dir);
        }
    }

    /**
     * The in-memory phase in a JVM of its own with this one's flags, as a JMH fork: in this JVM the
     * file-store phases have already shaped the compiled code of the shared ledger path, and the
     * in-memory figure then varied between 0.47 and 1.08 M/s from round to round (thread CPU alike).
     */
    private static double[] inMemoryInItsOwnJvm(double seconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the heap and collector flags this JVM was given (huge pages, pre-touch), no agents or debuggers
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X") && !a.startsWith("-Xrun") && !a.startsWith("-Xdebug") && !a.startsWith("-Xlog")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SubmitterCeilingReport.class.getName(), IN_MEMORY,
                Double.toString(seconds)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the in-memory phase's JVM failed: " + cmd + "\n" + out);
            }
            String[] lines = out.split("\\R");
            String[] f = lines[lines.length - 1].split(" ");
            if (f.length != 4) {
                throw new IllegalStateException("the in-memory phase's JVM printed no figures: " + out);
            }
            double[] r = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                r[i] = Double.parseDouble(f[i]);
            }
            return r;
        } finally {
            p.destroyForcibly();
        }
    }

    /** The child's side: one warm-up, then the measured phase, printed as four numbers on the last line. */
    private static void inMemoryProcess(double seconds) throws NoSuchAlgorithmException {
        inMemory(Math.min(3, seconds));
        double[] r = inMemory(seconds);
        System.out.printf(Locale.ROOT, "%f %f %f %f%n", r[0], r[1], r[2], r[3]);
    }

    /**
     * {transfers/s of the in-memory ledger on this thread, chained SHA-256/s over the same
     * records}: alternating 250 ms slices (ledger, then the hash chain of the records that slice
     * wrote), so both see the same load. A fresh ledger every 3 s, as {@link InMemoryTransferBenchmark}'s
     * iterations: its key table and journal stay the size a few million transfers give.
     */
    static double[] inMemory(double seconds) throws NoSuchAlgorithmException {
        InMemoryJournalStore store = null;
        Ledger ledger = null;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] head = new byte[32];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long i = 0;
        long ledgerNanos = 0;
        long ledgerCpu = 0;
        long hashed = 0;
        long hashNanos = 0;
        long hashCpu = 0;
        int slices = Math.max(1, (int) (seconds * 4));
        for (int slice = 0; slice < slices; slice++) {
            if (slice % SLICES_PER_LEDGER == 0) {
                if (ledger != null) {
                    ledger.close();
                }
                store = new InMemoryJournalStore();
                ledger = LedgerWorkload.populate(Ledger.open(store, LedgerPolicy.defaults(), Clock.systemUTC()));
            }
            long first = store.endPosition();
            long c0 = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + 250_000_000L;
            long now;
            do {
                for (int k = 0; k < 1024; k++) {
                    ledger.submit(LedgerWorkload.transfer("t", i++));
                }
                now = System.nanoTime();
            } while (now < end);
            ledgerNanos += now - start;
            ledgerCpu += cpu.getCurrentThreadCpuTime() - c0;
            List<byte[]> records = new ArrayList<>();
            for (long p = first; p < store.endPosition(); ) {
                List<StoredRecord> page = store.read(p, 8192);
                for (StoredRecord r : page) {
                    records.add(r.payload());
                }
                p += page.size();
            }
            c0 = cpu.getCurrentThreadCpuTime();
            start = System.nanoTime();
            for (byte[] r : records) {
                sha.update(head);
                sha.update(r, 0, r.length - 36);
                try {
                    sha.digest(head, 0, 32);
                } catch (java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
            }
            hashNanos += System.nanoTime() - start;
            hashCpu += cpu.getCurrentThreadCpuTime() - c0;
            hashed += records.size();
        }
        ledger.close();
        return new double[] {i / (ledgerNanos / 1e9), hashed / (hashNanos / 1e9), i / (ledgerCpu / 1e9),
            hashed / (hashCpu / 1e9)};
    }

    private interface Step {
        int run() throws Exception;
    }

    /** Runs {@code step} on {@code threads} threads for {@code seconds}; the completed operations per second. */
    private static double run(double seconds, int threads, FileJournalStore store, FileJournalStore.CommitStats[] stats, Step step)
            throws InterruptedException {
        LongAdder ops = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        AtomicLong counting = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    while (!stop.get()) {
                        int d = step.run();
                        if (counting.get() == 1) {
                            ops.add(d);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            th.start();
            ts.add(th);
        }
        ready.await();
        go.countDown();
        Thread.sleep(300); // let the threads get going before counting
        counting.set(1);
        FileJournalStore.CommitStats before = store.commitStats();
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        counting.set(2);
        long elapsed = System.nanoTime() - start;
        stats[0] = store.commitStats().since(before);
        long count = ops.sum();
        stop.set(true);
        for (Thread th : ts) {
            th.join();
        }
        return count / (elapsed / 1e9);
    }
}
