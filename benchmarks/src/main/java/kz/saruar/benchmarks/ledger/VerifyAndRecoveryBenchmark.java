package kz.saruar.benchmarks.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.saruar.ledger.JournalVerifier;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.VerificationReport;
import kz.saruar.ledger.store.FileJournalStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verify and recovery of a file journal of {@code entries} transfers (goals: verify ≥ 500 MB/s,
 * recovery of 10 million entries in under 10 s; LFT-06). The journal's size is printed at set-up;
 * MB/s = size ÷ time. The set-up ledger writes a snapshot (in the background) once 90 % of the
 * entries are in, and another on close: recovery is measured from the snapshot at the end, from
 * the one at 90 % (a tail of a tenth of the journal to replay, more than the default interval of
 * one million records ever leaves), and without snapshots (full replay).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class VerifyAndRecoveryBenchmark {
    @Param("10000000")
    public long entries;

    private Path dir;

    /** Writes the journal once per trial, in batches of 10,000 transfers. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = LedgerWorkload.freshDir("saruar-bench-journal");
        LedgerPolicy writing = LedgerPolicy.builder().snapshotEvery(entries * 9 / 10).snapshotOnClose(true).build();
        try (Ledger l = LedgerWorkload.populate(Ledger.openDirectory(dir, writing, Clock.systemUTC()))) {
            List<LedgerCommand> batch = new ArrayList<>(10_000);
            for (long i = 0; i < entries; i++) {
                batch.add(LedgerWorkload.transfer("v", i));
                if (batch.size() == 10_000) {
                    l.submitAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                l.submitAll(batch);
            }
        }
        long size = Files.size(dir.resolve(FileJournalStore.JOURNAL_FILE));
        System.out.printf("%n# journal: %d records, %d bytes, %.1f bytes per record (frame included)%n",
                entries + 2 * LedgerWorkload.ACCOUNTS + 5, size, (double) size / (entries + 2 * LedgerWorkload.ACCOUNTS + 5));
        List<Path> snapshots = snapshots();
        if (snapshots.size() != 2) {
            throw new IllegalStateException("expected two snapshots, found " + snapshots);
        }
        tailSnapshot = snapshots.get(0);
        endSnapshot = snapshots.get(1);
        System.out.printf("# snapshots: %s (%d bytes), %s (%d bytes)%n", tailSnapshot.getFileName(), Files.size(tailSnapshot),
                endSnapshot.getFileName(), Files.size(endSnapshot));
    }

    private Path tailSnapshot;
    private Path endSnapshot;

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("snapshot-\\d{20}\\.bin")).sorted().toList();
        }
    }

    /** Deletes the journal. */
    @TearDown(Level.Trial)
    public void tearDown() {
        LedgerWorkload.delete(dir);
    }

    /** Opens read-only (frame CRCs, index) and walks the hash chain: what {@code saruar ledger verify} does. */
    @Benchmark
    public VerificationReport verify() {
        try (FileJournalStore store = FileJournalStore.openReadOnly(dir)) {
            VerificationReport r = JournalVerifier.verify(store);
            if (!r.ok()) {
                throw new IllegalStateException(r.toString());
            }
            return r;
        }
    }

    /** Store recovery: take the lock, scan and CRC every frame, rebuild the index, truncate nothing. */
    @Benchmark
    public long recoverStore() {
        try (FileJournalStore store = FileJournalStore.open(dir)) {
            return store.endPosition();
        }
    }

    /** Full ledger recovery without snapshots: store recovery, chain verification, decoding and replaying every record. */
    @Benchmark
    public long recoverLedgerFullReplay() {
        LedgerPolicy p = LedgerPolicy.builder().loadSnapshots(false).snapshotOnClose(false).build();
        try (Ledger l = Ledger.openDirectory(dir, p, Clock.systemUTC())) {
            return l.journalSize();
        }
    }

    /** Ledger recovery from the snapshot at the journal's end: store recovery, snapshot load and checks, no tail. */
    @Benchmark
    public long recoverLedgerFromSnapshot() {
        LedgerPolicy p = LedgerPolicy.builder().snapshotOnClose(false).build();
        try (Ledger l = Ledger.openDirectory(dir, p, Clock.systemUTC())) {
            return l.journalSize();
        }
    }

    /**
     * Ledger recovery from the snapshot at 90 %: store recovery, snapshot load and checks, then the
     * last tenth of the journal verified, decoded and replayed. The end snapshot is moved aside
     * (a rename, microseconds) for the duration.
     */
    @Benchmark
    public long recoverLedgerFromSnapshotWithTail() throws IOException {
        Path aside = endSnapshot.resolveSibling("aside-" + endSnapshot.getFileName());
        Files.move(endSnapshot, aside);
        try {
            LedgerPolicy p = LedgerPolicy.builder().snapshotOnClose(false).snapshotEvery(0).build();
            try (Ledger l = Ledger.openDirectory(dir, p, Clock.systemUTC())) {
                return l.journalSize();
            }
        } finally {
            Files.move(aside, endSnapshot);
        }
    }
}
