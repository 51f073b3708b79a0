package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.saruar.model.decision.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Replaying from a snapshot equals replaying the whole journal (LFT-06, LFT-07): random command
 * sequences on a file ledger, snapshots taken and the ledger reopened at random points; at the end
 * the live state, the full replay and the replay from the newest snapshot are the same, and every
 * key, before or after a snapshot, still returns its first result.
 */
class LedgerSnapshotProperties {
    record Action(int type, int a, int b, long amount) {
    }

    private static final AccountId[] MEMBERS = {ALIYA, BOLAT, GUEST, CAFE};
    private static final ActorId[] MEMBER_ACTORS = {ALIYA_ACTOR, BOLAT_ACTOR, GUEST_ACTOR, CAFE_OWNER};
    private static final LedgerPolicy POLICY = LedgerPolicy.builder().snapshotEvery(0).snapshotOnClose(false).build();

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> one = Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.longs().between(-5, 300)).as(Action::new);
        return one.list().ofMinSize(1).ofMaxSize(40);
    }

    private static LedgerCommand command(Action x, List<LedgerCommand> accepted, long journalSize) {
        AccountId project = x.a() % 2 == 0 ? ECO : CODE;
        ActorId team = x.a() % 2 == 0 ? ECO_TEAM : CODE_TEAM;
        return switch (x.type()) {
            case 0, 1 -> issue(project, x.amount());
            case 2 -> reward(team, project, project.equals(ECO) ? ALIYA : BOLAT, x.amount());
            case 3 -> pay(MEMBER_ACTORS[x.a()], MEMBERS[x.a()], MEMBERS[x.b()], x.amount());
            case 4 -> new LedgerCommand.Purchase(key(), MEMBER_ACTORS[x.a() % 3], MEMBERS[x.a() % 3],
                    OfferId.of(x.b() % 2 == 0 ? "coffee" : "tea"), Math.floorMod(x.amount(), 3));
            case 5 -> new LedgerCommand.RepriceOffer(key(), CAFE_OWNER, OfferId.of("coffee"), x.amount() / 2);
            case 6 -> new LedgerCommand.ForumGrant(key(), PLATFORM, "forum-" + x.b(), x.a() % 2 == 0 ? GUEST : ALIYA, 25);
            case 7 -> new LedgerCommand.Correction(key(), PLATFORM, Math.max(1, journalSize - 1 - x.b()));
            case 8 -> x.b() == 0 ? new LedgerCommand.WithdrawOffer(key(), CAFE_OWNER, OfferId.of("tea"))
                    : new LedgerCommand.ListOffer(key(), CAFE_OWNER, OfferId.of("tea"), CAFE, 7, 20 + x.a(), Optional.empty());
            default -> accepted.isEmpty() ? issue(project, 1) : accepted.get((int) Math.floorMod(x.amount(), accepted.size()));
        };
    }

    @Property(tries = 40)
    void replay_from_a_snapshot_equals_full_replay(@ForAll("actions") List<Action> actions,
            @ForAll("points") List<Integer> snapshotsAt, @ForAll("points") List<Integer> reopensAt) throws IOException {
        Path dir = Files.createTempDirectory("saruar-snap-prop");
        try {
            Ledger ledger = populated(Ledger.openDirectory(dir, POLICY, clock()));
            List<LedgerCommand> accepted = new ArrayList<>();
            List<Outcome<JournalRecord>> firstResults = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                LedgerCommand c = command(actions.get(i), accepted, ledger.journalSize());
                Outcome<JournalRecord> d = ledger.submit(c);
                if (d.accepted() && !accepted.contains(c)) {
                    accepted.add(c);
                    firstResults.add(d);
                }
                if (snapshotsAt.contains(i)) {
                    ledger.snapshotNow();
                }
                if (reopensAt.contains(i)) {
                    ledger.close();
                    ledger = Ledger.openDirectory(dir, POLICY, clock());
                }
                assertInvariants(ledger);
            }
            LedgerSnapshot.Image live = ledger.image();
            ledger.close();
            LedgerSnapshot.Image fullImage;
            CoverageReport fullCoverage;
            List<Long> fullKeys = new ArrayList<>();
            try (Ledger full = Ledger.openDirectory(dir, POLICY.toBuilder().loadSnapshots(false).build(), clock())) {
                fullImage = full.image();
                fullCoverage = full.coverage();
                for (LedgerCommand c : accepted) {
                    fullKeys.add(full.keySequence(c.key()));
                }
            }
            assertThat(SnapshotTesting.describe(fullImage)).isEqualTo(SnapshotTesting.describe(live));
            try (Ledger fromSnapshot = Ledger.openDirectory(dir, POLICY, clock())) {
                assertThat(SnapshotTesting.describe(fromSnapshot.image())).isEqualTo(SnapshotTesting.describe(live));
                assertThat(fromSnapshot.coverage()).isEqualTo(fullCoverage);
                for (int i = 0; i < accepted.size(); i++) {
                    LedgerCommand c = accepted.get(i);
                    assertThat(fromSnapshot.keySequence(c.key())).isNotNull().isEqualTo(fullKeys.get(i));
                    // idempotency across the snapshot: the same content returns the first result
                    assertThat(fromSnapshot.submit(c)).isEqualTo(firstResults.get(i));
                }
                if (!accepted.isEmpty()) {
                    // and the same key with other content is refused
                    LedgerCommand other = new LedgerCommand.Issue(accepted.get(0).key(), PLATFORM, ECO, 123_456);
                    assertThat(fromSnapshot.submit(other).accepted()).isFalse();
                }
                assertThat(fromSnapshot.journalSize()).isEqualTo(live.position());
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<Integer>> points() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(4);
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
