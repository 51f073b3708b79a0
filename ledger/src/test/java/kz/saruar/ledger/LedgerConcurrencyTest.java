package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.saruar.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/** 16 threads issue, reward and purchase on the durable file journal (LFT-03, LFT-07): no lost update, the last unit sold once. */
class LedgerConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 150;

    @Test
    void sixteen_threads_lose_no_update_and_the_last_unit_is_sold_exactly_once() throws Exception {
        Path dir = Files.createTempDirectory("saruar-concurrency");
        long acceptedIssued;
        try (Ledger ledger = Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock())) {
            populated(ledger);
            accept(ledger, new LedgerCommand.ListOffer(key(), ECO_TEAM, OfferId.of("hall"), ECO, 1_000, 1_000, Optional.empty()));
            accept(ledger, new LedgerCommand.ListOffer(key(), CAFE_OWNER, OfferId.of("last-seat"), CAFE, 1, 1, Optional.empty()));
            List<AccountId> participants = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                AccountId p = AccountId.of("participant:c" + t);
                participants.add(p);
                accept(ledger, open(p, AccountKind.PARTICIPANT, ActorId.of("person:c" + t), Optional.of(ECO)));
            }
            AtomicLong issued = new AtomicLong();
            AtomicInteger seatsSold = new AtomicInteger();
            long[] rewarded = new long[THREADS];
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            CyclicBarrier lastSeat = new CyclicBarrier(THREADS);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < ROUNDS; i++) {
                            if (ledger.submit(issue(ECO, 3)).accepted()) {
                                issued.addAndGet(3);
                            }
                            if (ledger.submit(reward(ECO_TEAM, ECO, participants.get(id), 2)).accepted()) {
                                rewarded[id] += 2;
                            }
                        }
                        lastSeat.await();
                        Outcome<JournalRecord> d = ledger.submit(new LedgerCommand.Purchase(key(), ActorId.of("person:c" + id),
                                participants.get(id), OfferId.of("last-seat"), 1));
                        if (d.accepted()) {
                            seatsSold.incrementAndGet();
                            rewarded[id] -= 1;
                        } else {
                            assertThat(d.reasons()).isNotEmpty();
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
            }
            assertThat(failures).isEmpty();
            assertThat(seatsSold.get()).isEqualTo(1);
            assertThat(ledger.offer(OfferId.of("last-seat")).orElseThrow().remaining()).isZero();
            long totalRewards = 0;
            for (int t = 0; t < THREADS; t++) {
                assertThat(ledger.balance(participants.get(t))).hasValue(rewarded[t]);
                totalRewards += rewarded[t];
            }
            assertThat(issued.get()).isEqualTo((long) THREADS * ROUNDS * 3);
            assertThat(ledger.balance(ECO)).hasValue(issued.get() - totalRewards - 1);
            assertInvariants(ledger);
            acceptedIssued = ledger.coverage().issued();
            assertThat(ledger.verify().ok()).isTrue();
        }
        try (Ledger again = Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock())) {
            assertThat(again.coverage().issued()).isEqualTo(acceptedIssued);
            assertInvariants(again);
        }
    }
}
