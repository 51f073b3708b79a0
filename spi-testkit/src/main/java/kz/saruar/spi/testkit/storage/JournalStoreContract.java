package kz.saruar.spi.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link JournalStore} (LFT-06) as tests: a store's test class implements this
 * interface and inherits every check, the way jqwik's {@code ComparatorContract} works.
 *
 * <pre>{@code
 * class MyStoreTest implements JournalStoreContract {
 *     public JournalStore createEmptyStore() { return MyStore.open(freshLocation()); }
 *     public Optional<JournalStore> reopen(JournalStore closed) { return Optional.of(MyStore.open(sameLocation)); }
 * }
 * }</pre>
 */
public interface JournalStoreContract {
    /** A new, empty store at a fresh location; the kit closes it. */
    JournalStore createEmptyStore();

    /**
     * Opens the location of {@code closedStore} again, for a persistent store; the kit has closed
     * {@code closedStore}. Empty (the default) for a store that does not persist, which skips the
     * reopen checks.
     */
    default Optional<JournalStore> reopen(JournalStore closedStore) {
        return Optional.empty();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static AppendResult await(CompletableFuture<AppendResult> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("append did not complete: " + e, e);
        }
    }

    private static List<StoredRecord> readAll(JournalStore store) {
        List<StoredRecord> all = new ArrayList<>();
        long p = 0;
        while (p < store.endPosition()) {
            List<StoredRecord> page = store.read(p, 1000);
            assertThat(page).as("read at %s below end %s", p, store.endPosition()).isNotEmpty();
            all.addAll(page);
            p += page.size();
        }
        return all;
    }

    /** A new store has no records and reads nothing at position 0. */
    @Test
    default void a_new_store_is_empty() {
        try (JournalStore store = createEmptyStore()) {
            assertThat(store.endPosition()).isZero();
            assertThat(store.read(0, 10)).isEmpty();
            assertThat(store.maxRecordSize()).isPositive();
        }
    }

    /** Batches get consecutive positions from the expected position on. */
    @Test
    default void appends_get_consecutive_positions() {
        try (JournalStore store = createEmptyStore()) {
            AppendResult first = await(store.append(0, List.of(bytes("a"), bytes("b"))));
            assertThat(first).isEqualTo(new AppendResult(0, 2));
            AppendResult second = await(store.append(2, List.of(bytes("c"))));
            assertThat(second).isEqualTo(new AppendResult(2, 1));
            assertThat(store.endPosition()).isEqualTo(3);
            assertThat(readAll(store)).extracting(StoredRecord::position).containsExactly(0L, 1L, 2L);
            assertThat(store.read(1, 1)).containsExactly(StoredRecord.of(1, bytes("b")));
        }
    }

    /** An append at a wrong expected position is refused at once and stores nothing. */
    @Test
    default void a_wrong_expected_position_is_refused_and_stores_nothing() {
        try (JournalStore store = createEmptyStore()) {
            await(store.append(0, List.of(bytes("a"))));
            assertThatThrownBy(() -> store.append(0, List.of(bytes("x"))))
                    .isInstanceOf(PositionConflictException.class)
                    .satisfies(e -> {
                        assertThat(((PositionConflictException) e).expectedPosition()).isZero();
                        assertThat(((PositionConflictException) e).actualPosition()).isEqualTo(1);
                    });
            assertThatThrownBy(() -> store.append(5, List.of(bytes("x"))))
                    .isInstanceOf(PositionConflictException.class);
            assertThat(store.endPosition()).isEqualTo(1);
            assertThat(readAll(store)).containsExactly(StoredRecord.of(0, bytes("a")));
        }
    }

    /** Empty batches, empty records and records over the size limit are refused. */
    @Test
    default void empty_and_oversized_records_are_refused() {
        try (JournalStore store = createEmptyStore()) {
            assertThatThrownBy(() -> store.append(0, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.append(0, List.of(new byte[0]))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.append(0, List.of(new byte[store.maxRecordSize() + 1])))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.endPosition()).isZero();
        }
    }

    /** Reads outside [0, end] and non-positive page sizes are refused. */
    @Test
    default void reads_beyond_the_end_are_refused() {
        try (JournalStore store = createEmptyStore()) {
            await(store.append(0, List.of(bytes("a"))));
            assertThatThrownBy(() -> store.read(2, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.read(-1, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.read(0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.read(1, 5)).isEmpty();
        }
    }

    /** Changing the caller's array after the append does not change the stored record. */
    @Test
    default void the_store_keeps_its_own_copy() {
        try (JournalStore store = createEmptyStore()) {
            byte[] record = bytes("original");
            await(store.append(0, List.of(record)));
            record[0] = 'X';
            assertThat(store.read(0, 1).get(0).payload()).isEqualTo(bytes("original"));
        }
    }

    /** Concurrent writers that retry on conflict lose no record and duplicate none. */
    @Test
    default void concurrent_writers_retrying_on_conflict_lose_nothing() throws Exception {
        int threads = 8;
        int perThread = 50;
        try (JournalStore store = createEmptyStore()) {
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread w = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            byte[] r = bytes(id + ":" + i);
                            while (true) {
                                try {
                                    await(store.append(store.endPosition(), List.of(r)));
                                    break;
                                } catch (PositionConflictException retry) {
                                    Thread.onSpinWait();
                                }
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                workers.add(w);
                w.start();
            }
            start.countDown();
            for (Thread w : workers) {
                w.join(60_000);
            }
            assertThat(failures).isEmpty();
            List<StoredRecord> all = readAll(store);
            assertThat(all).hasSize(threads * perThread);
            assertThat(all.stream().map(r -> new String(r.payload(), StandardCharsets.UTF_8)).distinct().count())
                    .isEqualTo((long) threads * perThread);
        }
    }

    /** A persistent store gives back every acknowledged record, byte for byte, after it is closed and reopened. */
    @Test
    default void acknowledged_records_survive_a_reopen() {
        JournalStore store = createEmptyStore();
        await(store.append(0, List.of(bytes("one"), bytes("two"))));
        await(store.append(2, List.of(new byte[] {0, (byte) 0xFF, 7})));
        store.close();
        Optional<JournalStore> reopened = reopen(store);
        if (reopened.isEmpty()) {
            assertThat(store.durability()).isEqualTo(Durability.VOLATILE);
            return;
        }
        try (JournalStore again = reopened.get()) {
            assertThat(again.endPosition()).isEqualTo(3);
            assertThat(readAll(again)).containsExactly(
                    StoredRecord.of(0, bytes("one")), StoredRecord.of(1, bytes("two")),
                    StoredRecord.of(2, new byte[] {0, (byte) 0xFF, 7}));
            AppendResult next = await(again.append(3, List.of(bytes("four"))));
            assertThat(next.firstPosition()).isEqualTo(3);
        }
    }

    /** A closed store refuses appends. */
    @Test
    default void a_closed_store_refuses_appends() {
        JournalStore store = createEmptyStore();
        store.close();
        assertThatThrownBy(() -> store.append(0, List.of(bytes("a")))).isInstanceOf(StorageException.class);
    }

    /** Any sequence of batches reads back identically and in order. */
    @Property(tries = 40)
    default void any_batches_read_back_identically(@ForAll("batches") List<List<byte[]>> batches) {
        try (JournalStore store = createEmptyStore()) {
            List<byte[]> expected = new ArrayList<>();
            for (List<byte[]> batch : batches) {
                AppendResult r = await(store.append(store.endPosition(), batch));
                assertThat(r.firstPosition()).isEqualTo(expected.size());
                expected.addAll(batch);
            }
            List<StoredRecord> all = readAll(store);
            assertThat(all).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(all.get(i).position()).isEqualTo(i);
                assertThat(all.get(i).payload()).isEqualTo(expected.get(i));
            }
        }
    }

    /** Batches of 1–5 records of 1–300 random bytes each. */
    @Provide
    default Arbitrary<List<List<byte[]>>> batches() {
        Arbitrary<byte[]> record = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300);
        return record.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(0).ofMaxSize(12);
    }
}
