package kz.saruar.benchmarks.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.decision.Outcome;
import kz.saruar.storage.postgresql.PostgresJournalStore;

/**
 * The ledger's transfer workload on two journal stores side by side (LFT-06): the embedded file
 * store and the PostgreSQL store ({@code saruar-storage-postgresql}), each with the batch API (4
 * submitters of 1,000-transfer batches) and with 64 submitters of single transfers. The ledger
 * code is the same; only the {@code JournalStore} differs. A fresh journal (directory or stream)
 * per case, a warm-up, then a timed run; figures are acknowledged (durable) transfers per second.
 *
 * <p>Arguments: JDBC URL (with user and password parameters), [seconds per case = 10],
 * [single-command submitters = 64].
 */
public final class PostgresStoreComparison {
    private static final int BATCH = 1000;
    private static final int BATCH_SUBMITTERS = 4;
    private static final int WARMUP_SECONDS = 3;

    private PostgresStoreComparison() {
    }

    /** Runs the four cases and prints one {@code RESULT} line per case. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int singles = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Map<String, Double> results = new LinkedHashMap<>();
        for (String store : List.of("file", "postgresql")) {
            results.put(store + " batch API (" + BATCH_SUBMITTERS + " submitters x " + BATCH + " transfers)",
                    runCase(store, url, true, BATCH_SUBMITTERS, seconds));
            results.put(store + " " + singles + " single-command submitters", runCase(store, url, false, singles, seconds));
        }
        System.out.printf("%nRESULT seconds per case=%d, warm-up=%d s, cores=%d%n", seconds, WARMUP_SECONDS,
                Runtime.getRuntime().availableProcessors());
        results.forEach((k, v) -> System.out.printf("RESULT %-60s %,12.0f transfers/s%n", k, v));
    }

    private static double runCase(String store, String url, boolean batches, int threads, int seconds) throws Exception {
        Path dir = null;
        PostgresJournalStore pg = null;
        Ledger ledger;
        if (store.equals("file")) {
            dir = LedgerWorkload.freshDir("saruar-bench-store");
            ledger = Ledger.openDirectory(dir, LedgerPolicy.defaults(), Clock.systemUTC());
        } else {
            pg = PostgresJournalStore.open(url, new Properties(), PostgresJournalStore.DEFAULT_TABLE, "bench-" + System.nanoTime());
            ledger = Ledger.open(pg, LedgerPolicy.defaults(), Clock.systemUTC());
        }
        try {
            LedgerWorkload.populate(ledger);
            double rate = measure(ledger, batches, threads, seconds);
            System.out.printf("%s %s, %d submitters: %,.0f transfers/s%n", store, batches ? "batches" : "single", threads, rate);
            return rate;
        } finally {
            ledger.close();
            if (pg != null) {
                pg.close();
            }
            if (dir != null) {
                LedgerWorkload.delete(dir);
            }
        }
    }

    private static double measure(Ledger ledger, boolean batches, int threads, int seconds) throws InterruptedException {
        return Submitters.rate(threads, WARMUP_SECONDS, seconds, (thread, counter) -> {
            if (!batches) {
                check(ledger.submit(LedgerWorkload.transfer("s", counter.getAndIncrement())));
                return 1;
            }
            long first = counter.getAndAdd(BATCH);
            List<LedgerCommand> batch = new ArrayList<>(BATCH);
            for (int k = 0; k < BATCH; k++) {
                batch.add(LedgerWorkload.transfer("b", first + k));
            }
            for (Outcome<JournalRecord> d : ledger.submitAll(batch)) {
                check(d);
            }
            return BATCH;
        });
    }

    private static void check(Outcome<JournalRecord> d) {
        if (!d.accepted()) {
            throw new IllegalStateException("refused: " + d);
        }
    }
}
