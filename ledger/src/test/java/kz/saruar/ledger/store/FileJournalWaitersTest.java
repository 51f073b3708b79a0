package kz.saruar.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.saruar.spi.storage.AppendResult;
import org.junit.jupiter.api.Test;

/**
 * LFT-06: threads waiting for the file journal's appends are woken by the writer and by each other
 * (a round's waiters wake two more each); every waiter returns with its own answer, also when
 * several threads wait for the same append and when one of them is interrupted.
 */
class FileJournalWaitersTest {
    @Test
    void LFT_06_every_waiter_returns_with_its_answer_when_the_waiters_wake_each_other() throws Exception {
        Path dir = Files.createTempDirectory("saruar-waiters");
        try (FileJournalStore store = FileJournalStore.open(dir)) {
            AtomicInteger position = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < 24; t++) {
                int me = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 40; i++) {
                            CompletableFuture<AppendResult> f;
                            long at;
                            synchronized (position) {
                                at = position.getAndIncrement();
                                f = store.append(at, List.of(new byte[] {(byte) me, (byte) i}));
                            }
                            if (me % 3 == 0) {
                                // a second thread waits for the same append
                                Thread other = new Thread(f::join);
                                other.start();
                                assertThat(f.join().firstPosition()).isEqualTo(at);
                                other.join(10_000);
                                assertThat(other.isAlive()).isFalse();
                            } else {
                                boolean interrupt = me % 5 == 1 && i % 7 == 0;
                                if (interrupt) {
                                    Thread.currentThread().interrupt();
                                }
                                assertThat(f.join().firstPosition()).isEqualTo(at);
                                // join keeps an interrupt rather than throwing or losing it
                                assertThat(Thread.interrupted()).isEqualTo(interrupt);
                            }
                            answered.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                th.start();
                threads.add(th);
            }
            start.countDown();
            for (Thread th : threads) {
                th.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(th.isAlive()).as("a waiter never woke").isFalse();
            }
            assertThat(answered).hasValue(24 * 40);
            assertThat(store.endPosition()).isEqualTo(24 * 40);
        }
    }
}
