package kz.saruar.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fail-stop (LFT-06): the server stops like a crash ({@code pg_ctl -m immediate}) between batches
 * and while batches are being appended; the store fails the pending append with a clear
 * {@link StorageException} and every later call, and after the server restarts a new store reads
 * a gapless prefix holding every acknowledged record, batches whole or absent. A cluster of its
 * own, since it stops the server.
 */
class ServerRestartTest {
    private static final int BATCH = 50;
    private static ThrowawayPostgres pg;

    @BeforeAll
    static void start() {
        pg = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    private static PostgresJournalStore open(String stream) {
        return PostgresJournalStore.open(pg.jdbcUrl(), new Properties(), PostgresJournalStore.DEFAULT_TABLE, stream);
    }

    private static List<byte[]> batch(long first) {
        List<byte[]> b = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            b.add(("r" + (first + i)).getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }

    private static void assertClear(Throwable failure) {
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(failure.getMessage()).contains("stream").contains("SQLState").doesNotContain("\n").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    private static void assertFailedForGood(PostgresJournalStore store) {
        assertThatThrownBy(() -> store.append(0, List.of(new byte[] {1}))).isInstanceOf(StorageException.class)
                .hasMessageContaining("has failed");
        assertThatThrownBy(store::endPosition).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> store.read(0, 1)).isInstanceOf(StorageException.class);
    }

    /** Reopens after the restart and checks the prefix: every record is "r<position>", the end a whole number of batches. */
    private static long assertConsistentPrefix(String stream, long acknowledged) {
        try (PostgresJournalStore again = open(stream)) {
            long end = again.endPosition();
            assertThat(end).as("end after restart").isGreaterThanOrEqualTo(acknowledged);
            assertThat(end % BATCH).as("batches are whole").isZero();
            long p = 0;
            while (p < end) {
                for (StoredRecord r : again.read(p, 1000)) {
                    assertThat(r.position()).isEqualTo(p);
                    assertThat(new String(r.payload(), StandardCharsets.UTF_8)).isEqualTo("r" + p);
                    p++;
                }
            }
            AppendResult next = again.append(end, batch(end)).join();
            assertThat(next.firstPosition()).isEqualTo(end);
            return end + BATCH;
        }
    }

    @Test
    void a_server_stopped_between_batches_fails_the_next_append_and_the_store() throws Exception {
        String stream = "between";
        long acknowledged;
        try (PostgresJournalStore store = open(stream)) {
            for (long p = 0; p < 4 * BATCH; p += BATCH) {
                store.append(p, batch(p)).get(30, TimeUnit.SECONDS);
            }
            acknowledged = store.endPosition();
            pg.stopImmediately();
            try {
                Throwable failure = catchThrowable(() -> store.append(acknowledged, batch(acknowledged)).get(30, TimeUnit.SECONDS));
                assertThat(failure).isInstanceOf(ExecutionException.class);
                assertClear(failure.getCause());
                assertFailedForGood(store);
            } finally {
                pg.restart();
            }
        }
        assertConsistentPrefix(stream, acknowledged);
    }

    @Test
    void a_server_stopped_while_batches_are_appended_keeps_every_acknowledged_record() throws Exception {
        String stream = "during";
        AtomicLong acknowledged = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        try (PostgresJournalStore store = open(stream)) {
            Thread appender = new Thread(() -> {
                List<CompletableFuture<AppendResult>> inFlight = new ArrayList<>();
                try {
                    long p = 0;
                    while (true) {
                        // several batches in flight, so that the stop finds a transaction under way
                        inFlight.add(store.append(p, batch(p)));
                        p += BATCH;
                        if (inFlight.size() == 4) {
                            AppendResult r = inFlight.remove(0).get(30, TimeUnit.SECONDS);
                            acknowledged.accumulateAndGet(r.nextPosition(), Math::max);
                        }
                    }
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            appender.start();
            while (acknowledged.get() < 20 * BATCH) {
                Thread.sleep(5);
            }
            pg.stopImmediately();
            try {
                appender.join(30_000);
                assertThat(appender.isAlive()).isFalse();
                assertThat(failures).hasSize(1);
                assertClear(failures.get(0));
                assertFailedForGood(store);
            } finally {
                pg.restart();
            }
        }
        assertConsistentPrefix(stream, acknowledged.get());
    }
}
