package kz.saruar.benchmarks.ledger;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.decision.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Validated, hash-chained transfers per second on one core, journal in memory (goal ≥ 1,000,000/s; LFT-06, LFT-07). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
// The heap is mapped before measuring, in 2 MiB pages where the kernel offers them: on this VM a
// fresh 4 KiB page costs about 5 µs (3 GiB touched in 14 s; 0.7 s in huge pages), which a heap
// growing into new memory pays inside the measured iterations (0.69–0.85 M/s instead of 1.06 M/s).
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class InMemoryTransferBenchmark {
    private Ledger ledger;
    private long i;

    /** A fresh ledger per iteration keeps the idempotency map and the journal bounded. */
    @Setup(Level.Iteration)
    public void setUp() {
        ledger = LedgerWorkload.populate(Ledger.inMemory(LedgerPolicy.defaults(), Clock.systemUTC()));
        i = 0;
    }

    /** One transfer: checked, double-entry, SHA-256 chained, CRC'd, appended. */
    @Benchmark
    public Outcome<JournalRecord> transfer() {
        return ledger.submit(LedgerWorkload.transfer("t", i++));
    }
}
