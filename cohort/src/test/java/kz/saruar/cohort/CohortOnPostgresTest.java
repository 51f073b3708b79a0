package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.storage.postgresql.PostgresJournalStore;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohort runs unchanged on the PostgreSQL journal store (LFT-06), found through the storage
 * SPI for a {@code jdbc:postgresql:} location: random command sequences reopen to the same state
 * and verify, and two nodes (two stores on one stream) racing for the same projects get one
 * success and one retryable conflict each time, never a lost update. A real throwaway PostgreSQL
 * cluster, started by the test run.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class CohortOnPostgresTest {
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();

    @Test
    void LFT_06_random_sequences_on_postgresql_reopen_to_the_same_state(ThrowawayPostgres pg) {
        URI location = URI.create(pg.newDatabase() + "&saruarStream=cohort-almaty-2026");
        Random random = new Random(42);
        CohortState before;
        try (JournalStore store = JournalStores.open(location)) {
            assertThat(store).isInstanceOf(PostgresJournalStore.class);
            Cohort c = Fixture.create(store, clock, keys);
            for (int i = 0; i < 60; i++) {
                String p = "P-0" + (1 + random.nextInt(4));
                String key = "k" + random.nextInt(50);
                CohortCommand cmd = switch (random.nextInt(6)) {
                    case 0, 1 -> new CohortCommand.SubmitApplication(key, Fixture.TEAM, p, Fixture.application());
                    case 2 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.Preselect());
                    case 3 -> new CohortCommand.Lifecycle(key, Fixture.EXPERTS, p,
                            new Commands.RecordFirstInterview(LocalDate.of(2026, 3, 3)));
                    case 4 -> new CohortCommand.ErasePersonalData(key, Fixture.ORGANIZER, p + "/team/0");
                    default -> new CohortCommand.Lifecycle(key, Fixture.TEAM, p, new Commands.Withdraw("moved"));
                };
                long end = store.endPosition();
                if (c.submit(cmd).refused()) {
                    assertThat(store.endPosition()).isEqualTo(end);
                }
            }
            before = c.state();
            assertThat(before.projects()).isNotEmpty();
        }
        try (JournalStore again = JournalStores.open(location)) {
            assertThat(Cohort.verify(again).ok()).isTrue();
            assertThat(Cohort.open(again, clock, keys).state()).isEqualTo(before);
        }
    }

    @Test
    void LFT_06_two_nodes_racing_on_postgresql_lose_no_update(ThrowawayPostgres pg) throws Exception {
        URI location = URI.create(pg.newDatabase() + "&saruarStream=cohort-race");
        int projects = 10;
        try (JournalStore setup = JournalStores.open(location)) {
            Cohort c = Fixture.create(setup, clock, keys);
            for (int i = 1; i <= projects; i++) {
                c.submit(new CohortCommand.SubmitApplication("s" + i, Fixture.TEAM, "P-" + i, Fixture.application())).orElseThrow();
            }
        }
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> conflicts = new ConcurrentLinkedQueue<>();
        try (JournalStore node1 = JournalStores.open(location); JournalStore node2 = JournalStores.open(location)) {
            Cohort a = Cohort.open(node1, clock, keys);
            Cohort b = Cohort.open(node2, clock, keys);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> writers = new ArrayList<>();
            for (Cohort writer : List.of(a, b)) {
                String name = writer == a ? "a" : "b";
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int i = 1; i <= projects; i++) {
                        String p = "P-" + i;
                        CohortCommand cmd = name.equals("a")
                                ? new CohortCommand.Lifecycle("rej-" + p, Fixture.ORGANIZER, p, new Commands.Reject("LATE", false))
                                : new CohortCommand.Lifecycle("wd-" + p, Fixture.TEAM, p, new Commands.Withdraw("moved"));
                        while (true) {
                            Outcome<CohortReceipt> o = writer.submit(cmd);
                            if (o.accepted()) {
                                accepted.add(name + ":" + p);
                                break;
                            }
                            if (o.reasons().get(0).code().equals("CONCURRENT_WRITE")) {
                                conflicts.add(name + ":" + p);
                                continue;
                            }
                            break;
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
            // a race lost at commit is a refusal, never an exception that ends a writer
            for (Future<Object> w : writers) {
                w.get();
            }
        }
        try (JournalStore again = JournalStores.open(location)) {
            assertThat(Cohort.verify(again).ok()).isTrue();
            Cohort reopened = Cohort.open(again, clock, keys);
            for (int i = 1; i <= projects; i++) {
                String p = "P-" + i;
                assertThat(accepted.stream().filter(s -> s.endsWith(":" + p))).as(p).hasSize(1);
                assertThat(reopened.state().project(p).orElseThrow().state())
                        .isEqualTo(accepted.contains("a:" + p) ? ProjectState.REJECTED : ProjectState.WITHDRAWN);
            }
        }
    }
}
