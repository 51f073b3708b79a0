package kz.saruar.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StoredRecord;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several nodes writing one stream (LFT-06): stores with their own connections, in this JVM and in
 * a child JVM, race for positions; the primary key lets exactly one win each position, the losers
 * get {@link PositionConflictException}, and the stream ends gapless with every acknowledged record.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class MultiNodeRaceTest {
    private static final AtomicInteger STREAMS = new AtomicInteger();

    /** Acknowledged records by position; a second acknowledgement of a position is a failure. */
    private static final class Acks {
        final Map<Long, String> byPosition = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> doubles = new ConcurrentLinkedQueue<>();
        final AtomicInteger conflictsAtOnce = new AtomicInteger();
        final AtomicInteger conflictsAtCommit = new AtomicInteger();

        void ack(long position, String payload) {
            String before = byPosition.putIfAbsent(position, payload);
            if (before != null) {
                doubles.add(position + ": " + before + " and " + payload);
            }
        }
    }

    private static Thread appender(PostgresJournalStore store, String name, int count, CountDownLatch start, Acks acks,
            ConcurrentLinkedQueue<Throwable> failures) {
        Thread t = new Thread(() -> {
            try {
                start.await();
                for (int i = 0; i < count; i++) {
                    String payload = name + ":" + i;
                    while (true) {
                        try {
                            AppendResult r = store.append(store.endPosition(), List.of(payload.getBytes(StandardCharsets.UTF_8)))
                                    .get(30, TimeUnit.SECONDS);
                            acks.ack(r.firstPosition(), payload);
                            break;
                        } catch (PositionConflictException e) {
                            acks.conflictsAtOnce.incrementAndGet();
                        } catch (ExecutionException e) {
                            if (!(e.getCause() instanceof PositionConflictException)) {
                                throw e;
                            }
                            acks.conflictsAtCommit.incrementAndGet();
                        }
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "appender-" + name);
        t.start();
        return t;
    }

    private static void assertStreamHoldsExactly(String url, String stream, Acks acks, int total) {
        assertThat(acks.doubles).as("positions acknowledged twice").isEmpty();
        assertThat(acks.byPosition).hasSize(total);
        try (PostgresJournalStore check = PostgresJournalStore.open(url, new Properties(), PostgresJournalStore.DEFAULT_TABLE, stream)) {
            assertThat(check.endPosition()).isEqualTo(total);
            List<StoredRecord> all = new ArrayList<>();
            while (all.size() < total) {
                all.addAll(check.read(all.size(), 1000));
            }
            for (StoredRecord r : all) {
                assertThat(new String(r.payload(), StandardCharsets.UTF_8)).as("record at %s", r.position())
                        .isEqualTo(acks.byPosition.get(r.position()));
            }
            assertThat(all.stream().map(r -> new String(r.payload(), StandardCharsets.UTF_8)).distinct().count()).isEqualTo(total);
        }
    }

    @Test
    void two_stores_racing_for_a_stream_win_each_position_once(ThrowawayPostgres pg) throws Exception {
        String url = pg.jdbcUrl();
        String stream = "race-" + STREAMS.incrementAndGet();
        int threadsPerStore = 4;
        int perThread = 40;
        Acks acks = new Acks();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try (PostgresJournalStore a = PostgresJournalStore.open(url, new Properties(), PostgresJournalStore.DEFAULT_TABLE, stream);
             PostgresJournalStore b = PostgresJournalStore.open(url, new Properties(), PostgresJournalStore.DEFAULT_TABLE, stream)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < threadsPerStore; t++) {
                threads.add(appender(a, "a" + t, perThread, start, acks, failures));
                threads.add(appender(b, "b" + t, perThread, start, acks, failures));
            }
            start.countDown();
            for (Thread t : threads) {
                t.join(60_000);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(acks.conflictsAtCommit.get()).as("conflicts found by the primary key at commit").isPositive();
        assertStreamHoldsExactly(url, stream, acks, 2 * threadsPerStore * perThread);
    }

    @Test
    void a_second_jvm_racing_for_a_stream_wins_each_position_once(ThrowawayPostgres pg) throws Exception {
        String url = pg.jdbcUrl();
        String stream = "race-jvm-" + STREAMS.incrementAndGet();
        int childCount = 150;
        int parentThreads = 2;
        int perThread = 75;
        URI location = URI.create(url + "&saruarStream=" + stream);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RaceChild.class.getName(),
                location.toString(), "child", String.valueOf(childCount)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Acks acks = new Acks();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger childConflicts = new AtomicInteger(-1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("READY")) {
                        start.countDown();
                    } else if (line.startsWith("ACK ")) {
                        String[] p = line.split(" ");
                        acks.ack(Long.parseLong(p[1]), p[2]);
                    } else if (line.startsWith("CONFLICTS ")) {
                        childConflicts.set(Integer.parseInt(line.substring(10)));
                    }
                }
            } catch (Exception e) {
                failures.add(e);
            }
        });
        reader.start();
        try (PostgresJournalStore parent = PostgresJournalStore.open(location)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < parentThreads; t++) {
                threads.add(appender(parent, "parent" + t, perThread, start, acks, failures));
            }
            assertThat(start.await(60, TimeUnit.SECONDS)).as("child JVM ready").isTrue();
            for (Thread t : threads) {
                t.join(60_000);
            }
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
            reader.join(10_000);
        }
        assertThat(child.exitValue()).as("child exit code").isZero();
        assertThat(failures).isEmpty();
        assertThat(childConflicts.get()).as("the child's conflicts were reported").isGreaterThanOrEqualTo(0);
        assertThat(acks.conflictsAtCommit.get() + childConflicts.get()).as("conflicts between the JVMs").isPositive();
        assertStreamHoldsExactly(url, stream, acks, childCount + parentThreads * perThread);
    }
}
