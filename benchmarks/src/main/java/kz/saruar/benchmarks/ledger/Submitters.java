package kz.saruar.benchmarks.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent submitters timed the same way for every ledger comparison (LFT-06): each thread
 * submits until stopped, a warm-up passes, then only what is acknowledged during the timed run
 * counts.
 */
final class Submitters {
    private Submitters() {
    }

    /** One submitter thread's work. */
    interface Submitter {
        /** Opens what the thread needs, such as a connection; nothing by default. */
        default void open(int thread) throws Exception {
        }

        /** Submits the next transfers, numbered from {@code counter}; returns how many were acknowledged. */
        int submit(int thread, AtomicLong counter) throws Exception;

        /** Closes what {@link #open} opened; nothing by default. */
        default void close(int thread) throws Exception {
        }
    }

    /**
     * Runs {@code threads} submitters through {@code warmupSeconds} of warm-up and {@code seconds}
     * of timed run; the acknowledged transfers per second of the timed run.
     *
     * @throws IllegalStateException when a submitter failed
     */
    static double rate(int threads, int warmupSeconds, int seconds, Submitter submitter) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    submitter.open(id);
                    while (!stop.get()) {
                        int n = submitter.submit(id, counter);
                        if (measuring.get()) {
                            done.addAndGet(n);
                        }
                    }
                    submitter.close(id);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            ts.add(th);
            th.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        long before = done.get();
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = done.get() - before;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Thread th : ts) {
            th.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("submitters failed: " + failures.get(0), failures.get(0));
        }
        return count / elapsed;
    }
}
