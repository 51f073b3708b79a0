package kz.saruar.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;

/**
 * LFT-06: the appends a round makes durable are each answered exactly once, with their own
 * positions, when the writer completes them while woken threads help.
 */
class PendingAppendsTest {
    @RepeatedTest(20)
    void LFT_06_every_append_is_answered_once_with_its_positions_while_others_help() throws Exception {
        PendingAppends pending = new PendingAppends();
        List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        for (int i = 0; i < 500; i++) {
            CompletableFuture<AppendResult> f = new CompletableFuture<>() {
                @Override
                public boolean complete(AppendResult value) {
                    boolean first = super.complete(value);
                    if (first) {
                        answered.incrementAndGet();
                    }
                    return first;
                }
            };
            futures.add(f);
            pending.add(i * 2L, 2, f);
        }
        PendingAppends.Taken taken = pending.takeUpTo(600); // appends 0..299 end at or before 600
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> helpers = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                while (taken.help(2) > 0) {
                    Thread.onSpinWait();
                }
            });
            t.start();
            helpers.add(t);
        }
        start.countDown();
        taken.complete();
        for (Thread t : helpers) {
            t.join();
        }
        assertThat(answered).hasValue(300);
        for (int i = 0; i < 500; i++) {
            CompletableFuture<AppendResult> f = futures.get(i);
            if (i < 300) {
                assertThat(f.join()).isEqualTo(new AppendResult(i * 2L, 2));
            } else {
                assertThat(f).isNotDone();
            }
        }
        assertThat(taken.help(5)).isZero();
    }
}
