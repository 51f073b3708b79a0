package kz.saruar.cohort;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.lifecycle.Commands;

/** The child JVM of {@link CohortCrashTest}: submits to a file-store cohort until it is killed, printing each acknowledged key. */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String run = args[1];
        Clock clock = Clock.system(Kazakhstan.ZONE);
        FileJournalStore store = FileJournalStore.open(dir.resolve("journal"));
        FilePersonKeys keys = FilePersonKeys.open(dir.resolve("keys"));
        Cohort cohort = store.endPosition() == 0 ? Fixture.create(store, clock, keys) : Cohort.open(store, clock, keys);
        var application = Fixture.application();
        // warm up before the parent starts its countdown, so that kills land amid real work
        String warm = run + "-warm";
        if (cohort.submit(new CohortCommand.SubmitApplication(warm, Fixture.TEAM, warm, application)).accepted()) {
            System.out.println("ACK " + warm);
        }
        System.out.println("READY");
        System.out.flush();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                for (long i = 0; ; i++) {
                    String p = run + "-" + id + "-" + i;
                    CohortCommand[] cs = {
                        new CohortCommand.SubmitApplication(p + "-s", Fixture.TEAM, p, application),
                        new CohortCommand.Lifecycle(p + "-p", Fixture.ORGANIZER, p, new Commands.Preselect()),
                    };
                    for (CohortCommand c : cs) {
                        if (cohort.submit(c).accepted()) {
                            synchronized (System.out) {
                                System.out.println("ACK " + c.key());
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
