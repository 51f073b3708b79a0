package kz.saruar.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The child JVM of {@link LedgerCrashTest}: appends to the file journal until it is killed, printing each acknowledged key. */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String run = args[1];
        // a snapshot every 100 records, so that kills also land while a snapshot is being written
        Ledger ledger = Ledger.openDirectory(dir, LedgerPolicy.builder().snapshotEvery(100).build(), Clock.systemUTC());
        ActorId platform = Fixture.PLATFORM;
        List<LedgerCommand> setup = List.of(
                new LedgerCommand.OpenAccount(IdempotencyKey.of("setup-1"), platform, Fixture.ECO, AccountKind.PROJECT, Fixture.ECO_TEAM, Optional.empty()),
                new LedgerCommand.OpenAccount(IdempotencyKey.of("setup-2"), platform, Fixture.ALIYA, AccountKind.PARTICIPANT, Fixture.ALIYA_ACTOR, Optional.of(Fixture.ECO)),
                new LedgerCommand.OpenAccount(IdempotencyKey.of("setup-3"), platform, Fixture.CAFE, AccountKind.BUSINESS, Fixture.CAFE_OWNER, Optional.empty()),
                new LedgerCommand.ListOffer(IdempotencyKey.of("setup-4"), Fixture.CAFE_OWNER, OfferId.of("big"), Fixture.CAFE, 1_000_000, 1_000_000, Optional.empty()));
        for (LedgerCommand c : setup) {
            if (!ledger.submit(c).accepted()) {
                throw new IllegalStateException("setup refused: " + c);
            }
        }
        System.out.println("READY");
        System.out.flush();
        List<Thread> threads = new ArrayList<>();
        // 16 synchronous submitters (their commands are decided by whichever of them combines, and
        // share fsyncs) and one thread keeping asynchronous submits in flight
        Thread async = new Thread(() -> {
            java.util.ArrayDeque<java.util.concurrent.CompletableFuture<?>> inFlight = new java.util.ArrayDeque<>();
            for (long i = 0; ; i++) {
                LedgerCommand c = new LedgerCommand.Issue(IdempotencyKey.of(run + "-a-" + i), platform, Fixture.ECO, 1);
                inFlight.add(ledger.submitAsync(c).thenAccept(o -> {
                    if (o.accepted()) {
                        synchronized (System.out) {
                            System.out.println("ACK " + c.key().value());
                            System.out.flush();
                        }
                    }
                }));
                if (inFlight.size() >= 32) {
                    inFlight.poll().join();
                }
            }
        });
        threads.add(async);
        async.start();
        for (int t = 0; t < 16; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                for (long i = 0; ; i++) {
                    String base = run + "-" + id + "-" + i;
                    LedgerCommand[] cs = {
                        new LedgerCommand.Issue(IdempotencyKey.of(base + "-i"), platform, Fixture.ECO, 5),
                        new LedgerCommand.Reward(IdempotencyKey.of(base + "-r"), Fixture.ECO_TEAM, Fixture.ECO, Fixture.ALIYA, 3, Optional.empty()),
                        new LedgerCommand.PayForService(IdempotencyKey.of(base + "-p"), Fixture.ALIYA_ACTOR, Fixture.ALIYA, Fixture.CAFE, 1),
                    };
                    for (LedgerCommand c : cs) {
                        if (ledger.submit(c).accepted()) {
                            synchronized (System.out) {
                                System.out.println("ACK " + c.key().value());
                                System.out.flush();
                            }
                        }
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
    }
}
