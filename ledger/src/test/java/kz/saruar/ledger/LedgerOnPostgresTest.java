package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.storage.postgresql.PostgresJournalStore;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LIFTCOIN ledger runs unchanged on the PostgreSQL journal store (LFT-06): the store is found
 * through the storage SPI for a {@code jdbc:postgresql:} location, commands go in singly, in a
 * batch and from several threads, and after closing and reopening the ledger has the same
 * balances, coverage and head hash, and the hash chain verifies. A real throwaway PostgreSQL
 * cluster, started by the test run.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class LedgerOnPostgresTest {
    @Test
    void the_ledger_on_postgresql_reopens_with_the_same_balances_and_a_verifying_chain(ThrowawayPostgres pg) throws Exception {
        URI location = URI.create(pg.newDatabase() + "&saruarStream=liftcoin-2026");
        Map<AccountId, Long> balances;
        ChainHash head;
        long size;
        try (JournalStore store = JournalStores.open(location)) {
            assertThat(store).isInstanceOf(PostgresJournalStore.class);
            try (Ledger ledger = populated(Ledger.open(store, LedgerPolicy.defaults(), clock()))) {
                accept(ledger, issue(ECO, 300));
                accept(ledger, issue(CODE, 300));
                List<LedgerCommand> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    batch.add(reward(CODE_TEAM, CODE, BOLAT, 1));
                }
                assertThat(ledger.submitAll(batch)).allMatch(o -> o.accepted());
                ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Thread th = new Thread(() -> {
                        try {
                            for (int i = 0; i < 25; i++) {
                                accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 1));
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    });
                    threads.add(th);
                    th.start();
                }
                for (Thread th : threads) {
                    th.join(60_000);
                }
                assertThat(failures).isEmpty();
                accept(ledger, pay(ALIYA_ACTOR, ALIYA, CAFE, 20));
                assertThat(ledger.balance(ALIYA)).hasValue(180);
                assertThat(ledger.balance(BOLAT)).hasValue(50);
                assertInvariants(ledger);
                balances = ledger.balances();
                head = ledger.headHash();
                size = ledger.journalSize();
            }
        }
        try (JournalStore again = JournalStores.open(location)) {
            assertThat(again.endPosition()).isEqualTo(size);
            VerificationReport report = JournalVerifier.verify(again);
            assertThat(report.ok()).isTrue();
            assertThat(report.records()).isEqualTo(size);
            assertThat(report.headHash()).contains(head);
            try (Ledger reopened = Ledger.open(again, LedgerPolicy.defaults(), clock())) {
                assertThat(reopened.balances()).isEqualTo(balances);
                assertThat(reopened.headHash()).isEqualTo(head);
                assertInvariants(reopened);
                accept(reopened, reward(ECO_TEAM, ECO, ALIYA, 1));
                assertThat(reopened.journalSize()).isEqualTo(size + 1);
            }
        }
    }
}
