package kz.saruar.benchmarks.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.decision.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transfers per second on the embedded file journal, fsync before acknowledgement, group commit
 * (goal ≥ 200,000/s; LFT-06): 64 concurrent submitters of single transfers, and 4 submitters of
 * 1,000-transfer batches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class FileJournalTransferBenchmark {
    private static final int BATCH = 1000;
    private Ledger ledger;
    private Path dir;
    private final AtomicLong counter = new AtomicLong();

    /** A fresh journal directory per iteration keeps the file and the idempotency map bounded. */
    @Setup(Level.Iteration)
    public void setUp() {
        dir = LedgerWorkload.freshDir("saruar-bench-file");
        ledger = LedgerWorkload.populate(Ledger.openDirectory(dir, LedgerPolicy.defaults(), Clock.systemUTC()));
    }

    /** Closes and deletes the journal. */
    @TearDown(Level.Iteration)
    public void tearDown() {
        ledger.close();
        LedgerWorkload.delete(dir);
    }

    /** One transfer, acknowledged after fsync, 64 submitters sharing fsyncs. */
    @Benchmark
    @Threads(64)
    public Outcome<JournalRecord> transfer64Submitters() {
        return ledger.submit(LedgerWorkload.transfer("s", counter.getAndIncrement()));
    }

    /** Each submitter's transfers in flight (asynchronous benchmark). */
    @State(Scope.Thread)
    public static class InFlight {
        final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<Outcome<JournalRecord>>> futures =
                new java.util.ArrayDeque<>();

        /** Waits for what is still in flight, so the next iteration starts clean. */
        @TearDown(Level.Iteration)
        public void drain() {
            while (!futures.isEmpty()) {
                futures.pollFirst().join();
            }
        }
    }

    /**
     * One transfer through {@code submitAsync}, 64 submitters, each keeping up to 64 in flight and
     * waiting for the oldest when full: counts submissions (the wait bounds them to completions).
     */
    @Benchmark
    @Threads(64)
    public Object transfer64AsyncSubmitters(InFlight inFlight) {
        inFlight.futures.add(ledger.submitAsync(LedgerWorkload.transfer("a", counter.getAndIncrement())));
        return inFlight.futures.size() >= 64 ? inFlight.futures.pollFirst().join() : null;
    }

    /** A batch of 1,000 transfers in one append and one fsync, 4 submitters. */
    @Benchmark
    @Threads(4)
    @OperationsPerInvocation(BATCH)
    public List<Outcome<JournalRecord>> transferBatches4Submitters() {
        long first = counter.getAndAdd(BATCH);
        List<LedgerCommand> batch = new ArrayList<>(BATCH);
        for (int k = 0; k < BATCH; k++) {
            batch.add(LedgerWorkload.transfer("b", first + k));
        }
        return ledger.submitAll(batch);
    }
}
