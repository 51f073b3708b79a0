package kz.saruar.benchmarks.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * This machine's limit, measured beside the ledger: sequential 1 MiB appends each followed by an
 * fsync (ops/s × 1 MiB = MB/s), and a single 150-byte append + fsync (one fsync per transfer).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 5, time = 3)
public class FsyncLimitBenchmark {
    private static final int MIB = 1 << 20;
    private Path dir;
    private FileChannel channel;
    private final ByteBuffer mib = ByteBuffer.allocateDirect(MIB);
    private final ByteBuffer record = ByteBuffer.allocateDirect(150);
    private long position;

    /** A fresh file per iteration. */
    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        dir = LedgerWorkload.freshDir("saruar-bench-fsync");
        channel = FileChannel.open(dir.resolve("f"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        for (int i = 0; i < MIB; i++) {
            mib.put(i, (byte) (i * 31));
        }
        position = 0;
    }

    /** Closes and deletes the file. */
    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        channel.close();
        LedgerWorkload.delete(dir);
    }

    /** 1 MiB appended, then fsync (fdatasync). */
    @Benchmark
    public long append1MiBThenFsync() throws IOException {
        mib.clear();
        while (mib.hasRemaining()) {
            position += channel.write(mib, position);
        }
        channel.force(false);
        return position;
    }

    /** 150 bytes appended, then fsync: the rate if every transfer had its own fsync. */
    @Benchmark
    public long append150BytesThenFsync() throws IOException {
        record.clear();
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        channel.force(false);
        return position;
    }
}
