package kz.saruar.storage.postgresql;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.testkit.storage.JournalStoreContract;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;

/** The PostgreSQL store passes the storage SPI's contract kit (LFT-06) against a real server. */
class PostgresJournalStoreContractTest implements JournalStoreContract {
    private static final AtomicInteger STREAMS = new AtomicInteger();

    @Override
    public JournalStore createEmptyStore() {
        return PostgresJournalStore.open(ThrowawayPostgres.shared().jdbcUrl(), new Properties(), "contract.journal",
                "stream-" + STREAMS.incrementAndGet());
    }

    @Override
    public Optional<JournalStore> reopen(JournalStore closedStore) {
        PostgresJournalStore s = (PostgresJournalStore) closedStore;
        return Optional.of(PostgresJournalStore.open(ThrowawayPostgres.shared().jdbcUrl(), new Properties(), s.table(), s.stream()));
    }
}
