package kz.saruar.community.journal;

import java.net.URI;
import java.util.function.Supplier;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community journal's contract on PostgreSQL (LFT-06), found through the storage SPI for a
 * {@code jdbc:postgresql:} location; a real throwaway cluster started by the test run.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class PostgresCommunityJournalTest extends CommunityJournalContract {
    private final ThrowawayPostgres pg;
    private int streams;

    PostgresCommunityJournalTest(ThrowawayPostgres pg) {
        this.pg = pg;
    }

    @Override
    Supplier<JournalStore> freshLocation() {
        URI location = URI.create(pg.newDatabase() + "&saruarStream=community-" + (++streams));
        return () -> JournalStores.open(location);
    }
}
