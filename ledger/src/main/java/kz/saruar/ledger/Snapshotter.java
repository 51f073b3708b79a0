package kz.saruar.ledger;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import kz.saruar.spi.storage.AppendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file ledger's snapshots (LFT-06, LFT-07): every {@link LedgerPolicy#snapshotEvery()}
 * records on a background thread, and on demand, each only once every record it covers is
 * durable; one at a time, never an older one after a newer. A failed snapshot costs only a longer
 * replay later. The caller ({@link Ledger}) calls {@link #maybe} under its lock.
 */
final class Snapshotter {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshotter.class);

    private final Path dir;
    private final long every;
    /** The position of the last snapshot started or loaded (0: none); guarded by the ledger's lock. */
    private long position;
    private ExecutorService executor;
    private Future<?> pending;
    /** Held while a snapshot file is written. */
    private final Object writing = new Object();
    private long lastWritten;

    Snapshotter(Path dir, long every, long loadedPosition) {
        this.dir = dir;
        this.every = every;
        this.position = loadedPosition;
        this.lastWritten = loadedPosition;
    }

    /** The position of the last snapshot started or loaded. */
    long position() {
        return position;
    }

    /**
     * Starts a snapshot in the background if the interval has passed since the last one and none
     * is being written. Called under the ledger's lock, after the append of the latest record.
     */
    void maybe(long nextSequence, Supplier<LedgerSnapshot.Image> image, CompletableFuture<AppendResult> durable) {
        if (every <= 0 || nextSequence - position < every || (pending != null && !pending.isDone())) {
            return;
        }
        LedgerSnapshot.Image im = image.get();
        position = im.position();
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ledger-snapshot " + dir);
                t.setDaemon(true);
                return t;
            });
        }
        try {
            pending = executor.submit(() -> write(im, durable));
        } catch (RejectedExecutionException e) {
            LOG.debug("no snapshot at {}: the ledger is closing", im.position());
        }
    }

    /** Marks {@code image} as taken now (under the ledger's lock) and returns the background snapshot to wait for. */
    Future<?> takeNow(LedgerSnapshot.Image image) {
        position = image.position();
        return pending;
    }

    /** The background snapshot being written, if any, and stops taking new ones (under the ledger's lock). */
    Future<?> stop() {
        if (executor != null) {
            executor.shutdown();
        }
        return pending;
    }

    /** Writes a snapshot once every record it covers is durable. */
    void write(LedgerSnapshot.Image image, CompletableFuture<AppendResult> durable) {
        try {
            LedgerRecovery.await(durable);
        } catch (RuntimeException e) {
            LOG.warn("no snapshot at {}: the journal did not store its records", image.position());
            return;
        }
        synchronized (writing) {
            if (image.position() <= lastWritten) {
                return;
            }
            long started = System.nanoTime();
            try {
                Path file = LedgerSnapshot.write(dir, image);
                lastWritten = image.position();
                LOG.debug("wrote the snapshot {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("could not write a snapshot at {} in {}: {}", image.position(), dir, e.toString());
            }
        }
    }

    /** Waits for a background snapshot; a failure is only logged. */
    static void await(Future<?> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("writing a snapshot failed: {}", e.getCause().toString());
        }
    }
}
