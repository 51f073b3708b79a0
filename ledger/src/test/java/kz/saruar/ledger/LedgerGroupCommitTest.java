package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.storage.AppendResult;
import org.junit.jupiter.api.Test;

/**
 * The synchronous submit's commit protocol on the file journal (LFT-06, LFT-07; issue 13): many
 * threads queue commands, one of them decides the queued ones, the journal's writer gathers them
 * into shared fsyncs, and every caller gets its own answer only once its record is durable.
 */
class LedgerGroupCommitTest {
    private static final int THREADS = 64;
    private static final int PER_THREAD = 30;

    private static Ledger funded(Ledger l) {
        populated(l);
        // a large offer backs the points that circulate (LFT-04)
        accept(l, new LedgerCommand.ListOffer(key(), CAFE_OWNER, OfferId.of("hall"), CAFE, 1_000, 1_000_000, Optional.empty()));
        return l;
    }

    @Test
    void LFT_07_sixty_four_concurrent_submitters_each_get_their_answer_and_every_acknowledged_record_is_stored() throws Exception {
        Path dir = Files.createTempDirectory("saruar-group-commit");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Set<Long> refusedAsExpected = ConcurrentHashMap.newKeySet();
        long before;
        try (Ledger ledger = funded(Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock()))) {
            before = ledger.journalSize();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < PER_THREAD; i++) {
                            String k = "gc-" + id + "-" + i;
                            LedgerCommand c = i % 3 == 0
                                    ? new LedgerCommand.Issue(IdempotencyKey.of(k), PLATFORM, ECO, 2)
                                    : new LedgerCommand.Reward(IdempotencyKey.of(k), ECO_TEAM, ECO, ALIYA, 1, Optional.empty());
                            Outcome<JournalRecord> o = ledger.submit(c);
                            if (o.accepted()) {
                                acknowledged.put(k, o.orElseThrow().sequence());
                                // a repeat under the same key returns the same record
                                assertThat(ledger.submit(c).orElseThrow().sequence()).isEqualTo(o.orElseThrow().sequence());
                            }
                            if (i % 7 == 0) {
                                // refused at once: the guest has no points (LFT-07)
                                Outcome<JournalRecord> r = ledger.submit(new LedgerCommand.PayForService(
                                        IdempotencyKey.of(k + "-x"), GUEST_ACTOR, GUEST, CAFE, 1));
                                assertThat(r.accepted()).isFalse();
                                refusedAsExpected.add((long) id * PER_THREAD + i);
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join(120_000);
                assertThat(th.isAlive()).as("a submitter still waits for its answer").isFalse();
            }
            assertThat(failures).isEmpty();
            // every thread's refusals came back; rewards beyond the project's points are refused, issues are not
            assertThat(refusedAsExpected).hasSize(THREADS * ((PER_THREAD + 6) / 7));
            assertThat(new HashSet<>(acknowledged.values())).as("each acknowledgement names its own record")
                    .hasSize(acknowledged.size());
            assertThat(ledger.journalSize()).isEqualTo(before + acknowledged.size());
        }
        try (Ledger reopened = Ledger.openDirectory(dir, LedgerPolicy.builder().loadSnapshots(false).build(), clock())) {
            assertThat(reopened.verify().ok()).isTrue();
            assertThat(reopened.journalSize()).isEqualTo(before + acknowledged.size());
            acknowledged.forEach((k, seq) -> assertThat(reopened.keySequence(IdempotencyKey.of(k))).as(k).isEqualTo(seq));
            long total = reopened.balances().values().stream().mapToLong(Long::longValue).sum();
            assertThat(total).as("postings conserve points").isZero();
        }
    }

    @Test
    void LFT_07_threads_that_submit_once_and_leave_all_return_and_leave_nothing_undecided() throws Exception {
        Path dir = Files.createTempDirectory("saruar-group-commit-once");
        try (Ledger ledger = funded(Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock()))) {
            long before = ledger.journalSize();
            for (int wave = 0; wave < 20; wave++) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Thread> threads = new ArrayList<>();
                ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
                List<CompletableFuture<Outcome<JournalRecord>>> async = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int id = t;
                    int w = wave;
                    Thread th = new Thread(() -> {
                        try {
                            start.await();
                            LedgerCommand c = new LedgerCommand.Issue(IdempotencyKey.of("once-" + w + "-" + id), PLATFORM, ECO, 1);
                            assertThat(ledger.submit(c).accepted()).isTrue();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    });
                    threads.add(th);
                    th.start();
                }
                // asynchronous and batch submits interleave with the synchronous ones
                async.add(ledger.submitAsync(new LedgerCommand.Issue(IdempotencyKey.of("once-async-" + wave), PLATFORM, ECO, 1)));
                assertThat(ledger.submitAll(List.of(new LedgerCommand.Issue(IdempotencyKey.of("once-all-" + wave), PLATFORM, ECO, 1))))
                        .allMatch(o -> o.accepted());
                for (Thread th : threads) {
                    th.join(30_000);
                    assertThat(th.isAlive()).as("wave %s: a submitter never got its answer", wave).isFalse();
                }
                for (CompletableFuture<Outcome<JournalRecord>> f : async) {
                    assertThat(f.get(30, TimeUnit.SECONDS).accepted()).isTrue();
                }
                assertThat(failures).isEmpty();
            }
            assertThat(ledger.journalSize()).isEqualTo(before + 20L * (THREADS + 2));
        }
    }

    @Test
    void LFT_07_an_interrupted_submitter_still_gets_its_answer_and_keeps_its_interrupt() throws Exception {
        Path dir = Files.createTempDirectory("saruar-group-commit-interrupt");
        try (Ledger ledger = funded(Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock()))) {
            Thread.currentThread().interrupt();
            Outcome<JournalRecord> o;
            try {
                o = ledger.submit(new LedgerCommand.Issue(key(), PLATFORM, ECO, 1));
            } finally {
                assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
            }
            assertThat(o.accepted()).isTrue();
            assertThat(ledger.balance(ECO)).hasValue(1);
        }
    }

    @Test
    void LFT_07_a_command_submitted_from_the_callback_of_an_asynchronous_one_is_answered() throws Exception {
        Path dir = Files.createTempDirectory("saruar-group-commit-callback");
        try (Ledger ledger = funded(Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock()))) {
            // the callback usually runs on the journal's writer thread, which must not wait for
            // itself; repeated until it did (it runs on this thread if the fsync was quicker)
            int onWriter = 0;
            for (int i = 0; i < 20 && onWriter == 0; i++) {
                java.util.concurrent.atomic.AtomicBoolean writer = new java.util.concurrent.atomic.AtomicBoolean();
                CompletableFuture<Outcome<JournalRecord>> second = ledger.submitAsync(new LedgerCommand.Issue(key(), PLATFORM, ECO, 3))
                        .thenApply(first -> {
                            writer.set(FileJournalStore.isWriterThread());
                            ledger.submitAll(List.of(new LedgerCommand.Issue(key(), PLATFORM, ECO, 1)));
                            return ledger.submit(new LedgerCommand.Reward(key(), ECO_TEAM, ECO, ALIYA, 2, Optional.empty()));
                        });
                assertThat(second.get(30, TimeUnit.SECONDS).accepted()).isTrue();
                onWriter += writer.get() ? 1 : 0;
                assertThat(ledger.balance(ALIYA)).hasValue(2L * (i + 1));
                assertThat(ledger.balance(ECO)).hasValue(2L * (i + 1));
            }
            assertThat(onWriter).as("the callback ran on the writer thread at least once").isPositive();
        }
    }

    @Test
    void LFT_06_the_file_journal_shares_fsyncs_between_concurrent_appends_and_a_lone_append_is_not_held_back() throws Exception {
        Path dir = Files.createTempDirectory("saruar-group-commit-store");
        try (FileJournalStore store = FileJournalStore.open(dir)) {
            List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                futures.add(store.append(i, List.of(new byte[] {(byte) i, 1, 2})));
            }
            for (CompletableFuture<AppendResult> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
            FileJournalStore.CommitStats s = store.commitStats();
            assertThat(s.records()).isEqualTo(500);
            assertThat(s.rounds()).as("appends made before a round share it").isLessThan(500);
            assertThat(s.recordsPerRound()).isGreaterThan(1);
            // after rounds of many records the writer gathers, but only for about half an fsync:
            // a single append that nobody follows is durable well within a second
            long t0 = System.nanoTime();
            store.append(500, List.of(new byte[] {9})).get(30, TimeUnit.SECONDS);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_000);
            assertThat(store.commitStats().records()).isEqualTo(501);
        }
        try (FileJournalStore again = FileJournalStore.open(dir)) {
            assertThat(again.endPosition()).isEqualTo(501);
            assertThat(again.read(499, 2).get(1).payload()).containsExactly(9);
        }
    }
}
