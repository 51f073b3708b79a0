package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.storage.postgresql.PostgresJournalStore;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * Random command sequences on a real PostgreSQL server (LFT-06 replay): the cohort is closed,
 * reopened through the storage SPI on a new connection, and its state equals the state before;
 * the journal verifies; and reopening from a snapshot kept in a second stream of the same
 * database gives the same state too. The run's shared throwaway cluster ({@link ThrowawayPostgres#shared()}).
 */
class PostgresReopenProperties {
    private final SnapshotProperties commands = new SnapshotProperties();

    @Provide
    Arbitrary<List<SnapshotProperties.Step>> steps() {
        return commands.steps();
    }

    @Property(tries = 6)
    void reopening_a_postgresql_cohort_gives_the_same_state(@ForAll("steps") List<SnapshotProperties.Step> steps) {
        String database = ThrowawayPostgres.shared().newDatabase();
        URI journal = URI.create(database + "&saruarStream=cohort");
        URI snapshotStream = URI.create(database + "&saruarStream=cohort.snapshots");
        InMemoryPersonKeys keys = new InMemoryPersonKeys();
        Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
        CohortState before;
        long snapshotAt = 0;
        try (JournalStore store = JournalStores.open(journal); JournalStore snaps = JournalStores.open(snapshotStream)) {
            assertThat(store).isInstanceOf(PostgresJournalStore.class);
            Cohort c = Fixture.create(store, clock, keys);
            SnapshotProperties.prelude(c);
            for (SnapshotProperties.Step s : steps) {
                clock.advance(Duration.ofHours(s.hours()));
                long end = store.endPosition();
                if (c.submit(SnapshotProperties.command(s, c, clock)).refused()) {
                    assertThat(store.endPosition()).as("a refused command writes nothing").isEqualTo(end);
                }
                if (s.snapshot()) {
                    snapshotAt = c.snapshot(CohortSnapshots.on(snaps)).journalPosition();
                }
            }
            before = c.state();
        }
        try (JournalStore store = JournalStores.open(journal); JournalStore snaps = JournalStores.open(snapshotStream)) {
            assertThat(Cohort.verify(store).ok()).isTrue();
            assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(before);
            Cohort fromSnapshot = Cohort.open(store, clock, keys, CohortSnapshots.on(snaps));
            assertThat(fromSnapshot.replayedFrom()).isEqualTo(snapshotAt);
            assertThat(fromSnapshot.state()).isEqualTo(before);
        }
    }
}
