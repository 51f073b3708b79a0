package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;
import kz.saruar.spi.testkit.storage.RacingJournalStore;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of a cohort (LFT-06 replay): used when they match the journal, ignored (full replay)
 * when they do not — another chain head, a changed body, a changed trailer, a newer format,
 * another methodology — and free of personal data in clear, so that erasure keeps working.
 */
class SnapshotTest {
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private final InMemoryJournalStore journal = new InMemoryJournalStore();
    private final InMemoryJournalStore snapshotStore = new InMemoryJournalStore();
    private final CohortSnapshots snapshots = CohortSnapshots.on(snapshotStore);

    private Cohort cohortWithTail() {
        Cohort c = Fixture.create(journal, clock, keys);
        for (int i = 1; i <= 3; i++) {
            c.submit(new CohortCommand.SubmitApplication("s" + i, Fixture.TEAM, "P-0" + i, Fixture.application())).orElseThrow();
        }
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        return c;
    }

    private void tail(Cohort c) {
        c.submit(new CohortCommand.Lifecycle("rej", Fixture.ORGANIZER, "P-02", new Commands.Reject("LATE", true))).orElseThrow();
        c.submit(new CohortCommand.Lifecycle("pre3", Fixture.ORGANIZER, "P-03", new Commands.Preselect())).orElseThrow();
    }

    @Test
    void LFT_06_reopening_loads_the_latest_snapshot_and_replays_only_the_tail() {
        Cohort c = cohortWithTail();
        SnapshotReceipt first = c.snapshot(snapshots);
        tail(c);
        SnapshotReceipt second = c.snapshot(snapshots);
        c.submit(new CohortCommand.Lifecycle("wd", Fixture.TEAM, "P-03", new Commands.Withdraw("moved"))).orElseThrow();

        assertThat(first.journalPosition()).isLessThan(second.journalPosition());
        assertThat(second.storePosition()).isEqualTo(snapshotStore.endPosition() - 1);
        Cohort reopened = Cohort.open(journal, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isEqualTo(second.journalPosition());
        assertThat(reopened.state()).isEqualTo(c.state()).isEqualTo(Cohort.open(journal, clock, keys).state());
        assertThat(reopened.state().project("P-03").orElseThrow().state()).isEqualTo(ProjectState.WITHDRAWN);
        // the reopened cohort remembers the idempotency keys of the snapshot's part
        assertThat(reopened.submit(new CohortCommand.Lifecycle("rej", Fixture.ORGANIZER, "P-02",
                new Commands.Reject("LATE", true))).orElseThrow().firstPosition())
                .isEqualTo(c.state().position() - 3);
    }

    @Test
    void LFT_06_a_snapshot_that_lost_the_race_at_commit_goes_after_the_other_nodes_one() {
        Cohort c = cohortWithTail();
        Cohort other = Cohort.open(journal, clock, keys);
        // the other node's snapshot commits first; ours is told through its append's future, as on PostgreSQL
        CohortSnapshots racing = CohortSnapshots.on(RacingJournalStore.rivalCommitsFirst(snapshotStore, () -> other.snapshot(snapshots)));
        SnapshotReceipt ours = c.snapshot(racing);
        assertThat(ours.storePosition()).isEqualTo(snapshotStore.endPosition() - 1);
        assertThat(ours.storePosition() + 1).isEqualTo(2L * ours.records());
        Cohort reopened = Cohort.open(journal, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isEqualTo(ours.journalPosition());
        assertThat(reopened.state()).isEqualTo(c.state());
    }

    @Test
    void LFT_06_a_snapshot_with_a_changed_body_is_ignored_and_the_previous_one_used() {
        Cohort c = cohortWithTail();
        SnapshotReceipt first = c.snapshot(snapshots);
        tail(c);
        SnapshotReceipt second = c.snapshot(snapshots);
        long chunk = second.storePosition() - 1;
        CohortSnapshots damaged = CohortSnapshots.on(copy(snapshotStore, (p, b) -> p == chunk ? flip(b, b.length / 2) : b));

        Cohort reopened = Cohort.open(journal, clock, keys, damaged);
        assertThat(reopened.replayedFrom()).isEqualTo(first.journalPosition());
        assertThat(reopened.state()).isEqualTo(c.state());
    }

    @Test
    void LFT_06_a_snapshot_of_another_chain_head_is_ignored_and_the_journal_replayed_in_full() {
        Cohort c = cohortWithTail();
        c.snapshot(snapshots);
        // another journal of the same cohort id whose record at the snapshot's position differs
        InMemoryJournalStore other = new InMemoryJournalStore();
        Cohort o = Fixture.create(other, clock, keys);
        for (int i = 1; i <= 12; i++) {
            o.submit(new CohortCommand.SubmitApplication("x" + i, Fixture.TEAM, "Q-" + i, Fixture.application())).orElseThrow();
        }
        Cohort reopened = Cohort.open(other, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isZero();
        assertThat(reopened.state()).isEqualTo(o.state());
    }

    @Test
    void LFT_06_a_snapshot_whose_trailer_names_a_newer_format_another_methodology_or_head_is_ignored() {
        Cohort c = cohortWithTail();
        c.snapshot(snapshots);
        tail(c);
        for (String field : List.of("snapshotVersion", "eventSchemaVersion", "methodologySha256", "headHash", "position")) {
            long trailer = snapshotStore.endPosition() - 1;
            CohortSnapshots changed = CohortSnapshots.on(copy(snapshotStore, (p, b) -> p == trailer ? retrailer(b, field) : b));
            Cohort reopened = Cohort.open(journal, clock, keys, changed);
            assertThat(reopened.replayedFrom()).as(field).isZero();
            assertThat(reopened.state()).as(field).isEqualTo(c.state());
        }
    }

    @Test
    void LFT_06_a_snapshot_holds_no_personal_data_in_clear_and_erasure_after_it_still_erases() throws IOException {
        Cohort c = cohortWithTail();
        c.snapshot(snapshots);
        String body = body(snapshotStore);
        assertThat(body).contains("\"projects\"").doesNotContain("Айгүл").doesNotContain("Ерлан");

        c.submit(new CohortCommand.ErasePersonalData("erase", Fixture.ORGANIZER, "P-01/applicant")).orElseThrow();
        Cohort reopened = Cohort.open(journal, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isPositive();
        assertThat(reopened.state()).isEqualTo(Cohort.open(journal, clock, keys).state());
        ProjectView p = reopened.state().project("P-01").orElseThrow();
        assertThat(p.persons().get(0).erased()).isTrue();
        assertThat(p.application().applicant().fullName()).isEqualTo(PersonView.ERASED);
    }

    @Test
    void LFT_06_a_key_lost_outside_the_journal_after_a_snapshot_opens_as_a_full_replay_opens_it() {
        Cohort c = cohortWithTail();
        c.snapshot(snapshots);
        keys.erase("P-02/team/0");
        Cohort reopened = Cohort.open(journal, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isPositive();
        assertThat(reopened.state()).isEqualTo(Cohort.open(journal, clock, keys).state());
        assertThat(reopened.modelJson()).isEqualTo(Cohort.open(journal, clock, keys).modelJson());
    }

    @Test
    void LFT_06_snapshots_on_an_empty_store_mean_a_full_replay() {
        Cohort c = cohortWithTail();
        Cohort reopened = Cohort.open(journal, clock, keys, snapshots);
        assertThat(reopened.replayedFrom()).isZero();
        assertThat(reopened.state()).isEqualTo(c.state());
    }

    static InMemoryJournalStore copy(JournalStore from, BiFunction<Long, byte[], byte[]> change) {
        InMemoryJournalStore to = new InMemoryJournalStore();
        for (StoredRecord r : from.read(0, (int) from.endPosition())) {
            to.append(r.position(), List.of(change.apply(r.position(), r.payload()))).join();
        }
        return to;
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x01;
        return c;
    }

    private static byte[] retrailer(byte[] trailer, String field) {
        try {
            ObjectNode t = (ObjectNode) CohortJson.MAPPER.readTree(trailer);
            switch (field) {
                case "snapshotVersion" -> t.put(field, SnapshotCodec.VERSION + 1);
                case "eventSchemaVersion" -> t.put(field, EventCodec.CURRENT_VERSION + 1);
                case "position" -> t.put(field, t.path(field).asLong() - 1);
                default -> t.put(field, "0".repeat(64));
            }
            return t.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(JournalStore store) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        for (StoredRecord r : store.read(0, (int) store.endPosition() - 1)) {
            gz.writeBytes(r.payload());
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
