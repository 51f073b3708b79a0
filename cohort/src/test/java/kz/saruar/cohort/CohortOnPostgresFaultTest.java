package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.storage.postgresql.PostgresJournalStore;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohort journal on a real PostgreSQL server under faults (LFT-06): a command whose batch is
 * interrupted half-way — the transaction aborted by the server, the disk full, or the connection killed — leaves
 * nothing of the batch, fails the store (fail-stop), and the cohort reopens to the state before
 * and takes the command again; a row changed in the table (its event or its hash) is found by
 * {@code verify}, which names its position, and the cohort refuses to open past it.
 */
@ExtendWith(ThrowawayPostgresExtension.class)
class CohortOnPostgresFaultTest {
    private static final String STREAM = "cohort-fault";
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();

    /** Two projects in pre-acceleration; their defense session writes three records in one batch. */
    private CohortState twoProjectsBeforeDefense(JournalStore store) {
        Cohort c = Fixture.create(store, clock, keys);
        for (String p : List.of("P-01", "P-SLOW")) {
            c.submit(new CohortCommand.SubmitApplication("s-" + p, Fixture.TEAM, p, Fixture.application())).orElseThrow();
            Journey.toPreAcceleration(c, p, LocalDate.of(2026, 3, 4));
        }
        clock.set(Journey.at("2026-04-30T18:00:00+05:00"));
        return c.state();
    }

    private static CohortCommand.HoldDefense defense() {
        List<kz.saruar.scoring.ScoreSheet> sheets = new java.util.ArrayList<>(Journey.sheets("P-01", 3));
        sheets.addAll(Journey.sheets("P-SLOW", 3));
        return new CohortCommand.HoldDefense("def", Fixture.JURY, LocalDate.of(2026, 4, 30), Journey.PANEL,
                List.of("P-01", "P-SLOW"), Map.of(), sheets);
    }

    /** A row trigger: on the defense record of P-SLOW (the batch's last) it raises, or sleeps until killed. */
    private static void installFault(String database, String action) throws SQLException {
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE FUNCTION saruar_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF position('\"type\":\"LifecycleRecorded\"' in convert_from(NEW.data, 'UTF8')) > 0 "
                    + "AND position('P-SLOW' in convert_from(NEW.data, 'UTF8')) > 0 "
                    + "AND position('RECORD_DEFENSE' in convert_from(NEW.data, 'UTF8')) > 0 THEN " + action + "; END IF; "
                    + "RETURN NEW; END $$");
            s.execute("CREATE TRIGGER saruar_fault BEFORE INSERT ON " + PostgresJournalStore.DEFAULT_TABLE
                    + " FOR EACH ROW EXECUTE FUNCTION saruar_fault()");
        }
    }

    private static void removeFault(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER saruar_fault ON " + PostgresJournalStore.DEFAULT_TABLE);
        }
    }

    private static long rows(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(database);
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + PostgresJournalStore.DEFAULT_TABLE
                        + " WHERE stream = ?")) {
            ps.setString(1, STREAM);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void assertReopensAndTakesTheCommandAgain(String database, CohortState before) throws SQLException {
        assertThat(rows(database)).as("nothing of the interrupted batch is in the table").isEqualTo(before.position());
        try (JournalStore again = JournalStores.open(URI.create(database + "&saruarStream=" + STREAM))) {
            assertThat(Cohort.verify(again).ok()).isTrue();
            Cohort reopened = Cohort.open(again, clock, keys);
            assertThat(reopened.state()).isEqualTo(before);
            CohortReceipt r = reopened.submit(defense()).orElseThrow();
            assertThat(r.events()).containsExactly("DefenseHeld", "LifecycleRecorded", "LifecycleRecorded");
            assertThat(reopened.state().project("P-SLOW").orElseThrow().state()).isEqualTo(ProjectState.DEFENDED);
        }
    }

    @Test
    void the_defense_session_is_accepted_without_a_fault() {
        kz.saruar.ledger.store.InMemoryJournalStore store = new kz.saruar.ledger.store.InMemoryJournalStore();
        twoProjectsBeforeDefense(store);
        Cohort c = Cohort.open(store, clock, keys);
        assertThat(c.submit(defense()).reasons()).isEmpty();
        assertThat(Cohort.events(store).get((int) store.endPosition() - 1).type()).isEqualTo("LifecycleRecorded");
    }

    @Test
    void LFT_06_a_transaction_aborted_mid_batch_leaves_nothing_half_written(ThrowawayPostgres pg) throws Exception {
        assertBatchFaultFailsStop(pg.newDatabase(), "RAISE EXCEPTION 'test fault: the batch is aborted half-way'", STREAM);
    }

    @Test
    void LFT_06_a_full_disk_mid_batch_gives_a_clear_error_and_leaves_nothing_half_written(ThrowawayPostgres pg) throws Exception {
        // the server's own report of a full disk (SQLSTATE 53100, disk_full) at the batch's last row:
        // what a client sees when PostgreSQL cannot extend the table's file
        assertBatchFaultFailsStop(pg.newDatabase(), "RAISE EXCEPTION USING ERRCODE = 'disk_full', "
                + "MESSAGE = 'could not extend file: No space left on device'", STREAM, "53100");
    }

    /**
     * With {@code fault} raised inside the defense's batch, the submit fails with a
     * {@link StorageException} whose message names each of {@code named}, and the cohort stops;
     * without the fault the journal reopens as it was and takes the command again.
     */
    private void assertBatchFaultFailsStop(String database, String fault, String... named) throws Exception {
        CohortState before;
        try (JournalStore store = JournalStores.open(URI.create(database + "&saruarStream=" + STREAM))) {
            before = twoProjectsBeforeDefense(store);
            installFault(database, fault);
            Cohort c = Cohort.open(store, clock, keys);
            Throwable failure = catchThrowable(() -> c.submit(defense()));
            assertThat(failure).isInstanceOf(StorageException.class);
            for (String n : named) {
                assertThat(failure).hasMessageContaining(n);
            }
            assertThatThrownBy(() -> c.submit(defense())).as("fail-stop").isInstanceOf(StorageException.class);
        }
        removeFault(database);
        assertReopensAndTakesTheCommandAgain(database, before);
    }

    @Test
    void LFT_06_a_connection_killed_mid_batch_leaves_nothing_half_written(ThrowawayPostgres pg) throws Exception {
        String database = pg.newDatabase();
        CohortState before;
        try (JournalStore store = JournalStores.open(URI.create(database + "&saruarStream=" + STREAM))) {
            before = twoProjectsBeforeDefense(store);
            installFault(database, "PERFORM pg_sleep(60)");
            Cohort c = Cohort.open(store, clock, keys);
            CompletableFuture<Throwable> submitted = CompletableFuture.supplyAsync(() -> catchThrowable(() -> c.submit(defense())));
            // the writer's backend is asleep inside the batch, after the batch's first records: kill it
            int killed = 0;
            for (int i = 0; i < 600 && killed == 0; i++) {
                Thread.sleep(50);
                try (Connection admin = DriverManager.getConnection(database); Statement s = admin.createStatement();
                        ResultSet r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                + "WHERE wait_event = 'PgSleep' AND query LIKE 'INSERT INTO " + PostgresJournalStore.DEFAULT_TABLE + "%'")) {
                    r.next();
                    killed = r.getInt(1);
                }
            }
            assertThat(killed).as("the writer was found asleep mid-batch").isEqualTo(1);
            Throwable failure = submitted.get(60, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(StorageException.class).hasMessageContaining(STREAM);
        }
        removeFault(database);
        assertReopensAndTakesTheCommandAgain(database, before);
    }

    @Test
    void LFT_06_a_row_whose_event_or_hash_was_changed_is_named_by_verify(ThrowawayPostgres pg) throws Exception {
        String database = pg.newDatabase();
        URI location = URI.create(database + "&saruarStream=" + STREAM);
        try (JournalStore store = JournalStores.open(location)) {
            twoProjectsBeforeDefense(store);
        }
        // the event: one letter of the project id in record 5's JSON
        tamper(database, 5, b -> replaceFirst(b, "P-01", "P-02"));
        assertNamed(location, 5);
        tamper(database, 5, b -> replaceFirst(b, "P-02", "P-01"));
        assertThat(verify(location).ok()).as("restored").isTrue();
        // the hash: record 7's hash line replaced by another well-formed hash
        tamper(database, 7, b -> {
            byte[] c = b.clone();
            c[c.length - 1] = (byte) (c[c.length - 1] == '0' ? '1' : '0');
            return c;
        });
        assertNamed(location, 7);
    }

    private static JournalVerification verify(URI location) {
        try (JournalStore store = JournalStores.open(location)) {
            return Cohort.verify(store);
        }
    }

    private void assertNamed(URI location, long position) {
        JournalVerification v = verify(location);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBad()).hasValue(position);
        try (JournalStore store = JournalStores.open(location)) {
            assertThatThrownBy(() -> Cohort.open(store, clock, keys)).isInstanceOf(UnreadableEventException.class)
                    .satisfies(e -> assertThat(((UnreadableEventException) e).position()).isEqualTo(position));
        }
    }

    private static void tamper(String database, long position, java.util.function.UnaryOperator<byte[]> change)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(database)) {
            byte[] data;
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM " + PostgresJournalStore.DEFAULT_TABLE
                    + " WHERE stream = ? AND position = ?")) {
                ps.setString(1, STREAM);
                ps.setLong(2, position);
                try (ResultSet r = ps.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    data = r.getBytes(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + PostgresJournalStore.DEFAULT_TABLE
                    + " SET data = ? WHERE stream = ? AND position = ?")) {
                ps.setBytes(1, change.apply(data));
                ps.setString(2, STREAM);
                ps.setLong(3, position);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static byte[] replaceFirst(byte[] b, String from, String to) {
        String s = new String(b, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        return s.replaceFirst(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
