package kz.saruar.ledger;

import kz.saruar.model.decision.Outcome;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of a file ledger (LFT-06, LFT-07): a damaged, cut, foreign or unfinished snapshot is
 * ignored and the ledger replays its whole journal to the same state; keys from before a snapshot
 * keep their first result; periodic snapshots keep only the newest two.
 */
class LedgerSnapshotTest {
    private static final LedgerPolicy POLICY = LedgerPolicy.builder().snapshotEvery(0).build();
    private Path dir;
    private final List<Path> others = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createTempDirectory("saruar-snap");
    }

    @AfterEach
    void tearDown() throws IOException {
        LedgerSnapshotProperties.delete(dir);
        for (Path p : others) {
            LedgerSnapshotProperties.delete(p);
        }
    }

    /** A ledger with some history, closed (so with a snapshot at its end); its state. */
    private static LedgerSnapshot.Image build(Path dir, int rounds) {
        try (Ledger l = populated(Ledger.openDirectory(dir, POLICY, clock()))) {
            accept(l, issue(ECO, 600));
            for (int i = 0; i < rounds; i++) {
                accept(l, reward(ECO_TEAM, ECO, ALIYA, 5));
                accept(l, pay(ALIYA_ACTOR, ALIYA, CAFE, 2));
            }
            accept(l, new LedgerCommand.ForumGrant(key(), PLATFORM, "forum-a", GUEST, 10));
            return l.image();
        }
    }

    private static List<Path> snapshots(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> LedgerSnapshot.positionOf(p) >= 0).sorted().toList();
        }
    }

    private LedgerSnapshot.Image reopened() {
        try (Ledger l = Ledger.openDirectory(dir, POLICY.toBuilder().snapshotOnClose(false).build(), clock())) {
            assertInvariants(l);
            return l.image();
        }
    }

    private LedgerSnapshot.Image fullReplay() {
        try (Ledger l = Ledger.openDirectory(dir, POLICY.toBuilder().loadSnapshots(false).snapshotOnClose(false).build(),
                clock())) {
            return l.image();
        }
    }

    @Test
    void closing_writes_a_snapshot_and_reopening_from_it_gives_the_same_state() throws IOException {
        LedgerSnapshot.Image before = build(dir, 20);
        List<Path> snaps = snapshots(dir);
        assertThat(snaps).hasSize(1);
        assertThat(LedgerSnapshot.positionOf(snaps.get(0))).isEqualTo(before.position());
        LedgerSnapshot.Loaded loaded = LedgerSnapshot.read(snaps.get(0));
        assertThat(loaded.position()).isEqualTo(before.position());
        assertThat(loaded.keys().size()).isEqualTo((int) before.position());
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));
        assertThat(SnapshotTesting.describe(fullReplay())).isEqualTo(SnapshotTesting.describe(before));
    }

    @Test
    void a_snapshot_with_a_flipped_byte_is_ignored_and_the_journal_replayed() throws IOException {
        LedgerSnapshot.Image before = build(dir, 10);
        Path snap = snapshots(dir).get(0);
        byte[] b = Files.readAllBytes(snap);
        for (int i : new int[] {0, 20, b.length / 2, b.length - 40, b.length - 1}) {
            byte[] c = b.clone();
            c[i] ^= 0x10;
            Files.write(snap, c);
            assertThat(SnapshotTesting.describe(reopened())).as("byte %s flipped", i).isEqualTo(SnapshotTesting.describe(before));
        }
    }

    @Test
    void a_truncated_or_empty_snapshot_is_ignored() throws IOException {
        LedgerSnapshot.Image before = build(dir, 10);
        Path snap = snapshots(dir).get(0);
        byte[] b = Files.readAllBytes(snap);
        for (int len : new int[] {0, 7, b.length / 3, b.length - 1}) {
            Files.write(snap, java.util.Arrays.copyOf(b, len));
            assertThat(SnapshotTesting.describe(reopened())).as("cut to %s bytes", len).isEqualTo(SnapshotTesting.describe(before));
        }
    }

    @Test
    void a_snapshot_of_another_journal_or_beyond_this_one_is_ignored() throws IOException {
        LedgerSnapshot.Image before = build(dir, 10);
        Path other = Files.createTempDirectory("saruar-snap-other");
        others.add(other);
        build(other, 10); // same shape, other keys: same positions, other hashes
        Path foreign = snapshots(other).get(0);
        assertThat(LedgerSnapshot.positionOf(foreign)).isEqualTo(before.position());
        for (Path p : snapshots(dir)) {
            Files.delete(p);
        }
        Files.copy(foreign, LedgerSnapshot.fileOf(dir, before.position()));
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));

        // a sound snapshot renamed to claim a later position than the journal has
        Files.move(LedgerSnapshot.fileOf(dir, before.position()), LedgerSnapshot.fileOf(dir, before.position() + 5));
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));
    }

    @Test
    void a_bad_newer_snapshot_falls_back_to_an_older_good_one() throws IOException {
        LedgerSnapshot.Image first = build(dir, 5);
        LedgerSnapshot.Image second;
        try (Ledger l = Ledger.openDirectory(dir, POLICY, clock())) {
            for (int i = 0; i < 5; i++) {
                accept(l, reward(ECO_TEAM, ECO, ALIYA, 1));
            }
            second = l.image();
        }
        List<Path> snaps = snapshots(dir);
        assertThat(snaps).extracting(LedgerSnapshot::positionOf).containsExactly(first.position(), second.position());
        Files.write(snaps.get(1), new byte[] {1, 2, 3});
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(second));
    }

    @Test
    void keys_from_before_the_snapshot_return_their_first_result_and_refuse_other_content() {
        LedgerCommand first = issue(ECO, 100);
        LedgerCommand second = reward(ECO_TEAM, ECO, ALIYA, 7);
        Outcome<JournalRecord> d1;
        Outcome<JournalRecord> d2;
        try (Ledger l = populated(Ledger.openDirectory(dir, POLICY, clock()))) {
            d1 = accept(l, first);
            d2 = accept(l, second);
        }
        try (Ledger l = Ledger.openDirectory(dir, POLICY, clock())) {
            long size = l.journalSize();
            assertThat(l.submit(first)).isEqualTo(d1);
            assertThat(l.submit(second)).isEqualTo(d2);
            Outcome<JournalRecord> other = l.submit(new LedgerCommand.Issue(first.key(), PLATFORM, ECO, 101));
            assertThat(other.reasons()).extracting(Reason::code).containsExactly(RefusalReason.KEY_REUSED.code());
            assertThat(l.journalSize()).isEqualTo(size);
            assertThat(l.balance(ALIYA)).hasValue(7);
        }
    }

    @Test
    void a_crash_while_writing_a_snapshot_leaves_the_ledger_recoverable() throws IOException {
        LedgerSnapshot.Image before = build(dir, 10);
        Path good = snapshots(dir).get(0);
        byte[] b = Files.readAllBytes(good);
        // what a crash leaves: an unfinished temporary file (never renamed), and with a file system that
        // lost the data of a renamed file, a cut one under a snapshot's name
        Path tmp = dir.resolve(LedgerSnapshot.fileOf(dir, before.position() + 10).getFileName() + LedgerSnapshot.TEMP_SUFFIX);
        Files.write(tmp, java.util.Arrays.copyOf(b, b.length / 2));
        Files.delete(good);
        Files.write(good, java.util.Arrays.copyOf(b, b.length - 100));
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));
        assertThat(tmp).doesNotExist();
        // the ledger keeps working and its next snapshot is sound
        try (Ledger l = Ledger.openDirectory(dir, POLICY, clock())) {
            accept(l, reward(ECO_TEAM, ECO, ALIYA, 1));
            before = l.image();
        }
        Path newest = snapshots(dir).get(snapshots(dir).size() - 1);
        assertThat(LedgerSnapshot.read(newest).position()).isEqualTo(before.position());
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));
    }

    @Test
    void periodic_snapshots_are_written_in_the_background_and_only_the_newest_two_kept() throws IOException {
        LedgerPolicy every10 = LedgerPolicy.builder().snapshotEvery(10).snapshotOnClose(false).build();
        LedgerSnapshot.Image before;
        try (Ledger l = populated(Ledger.openDirectory(dir, every10, clock()))) {
            accept(l, issue(ECO, 600));
            for (int i = 0; i < 30; i++) {
                accept(l, reward(ECO_TEAM, ECO, ALIYA, 1));
            }
            before = l.image();
        }
        List<Path> snaps = snapshots(dir);
        assertThat(snaps).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        for (Path p : snaps) {
            assertThat(LedgerSnapshot.read(p).position()).isLessThanOrEqualTo(before.position());
        }
        assertThat(SnapshotTesting.describe(reopened())).isEqualTo(SnapshotTesting.describe(before));
    }

    @Test
    void an_in_memory_ledger_has_no_snapshots() {
        try (Ledger l = Ledger.inMemory(POLICY, clock())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(l::snapshotNow).isInstanceOf(IllegalStateException.class);
        }
    }
}
