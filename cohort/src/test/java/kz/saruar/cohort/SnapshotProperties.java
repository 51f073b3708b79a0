package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.methodology.ActorRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Snapshots never change what replay computes (LFT-06 replay): for random command sequences with
 * snapshots taken at random points, the state opened from the latest snapshot and the journal's
 * tail equals the state of a full replay, and so does the whole model (idempotency receipts, the
 * persons' projects, the consultation log), compared in the snapshot's canonical JSON.
 */
class SnapshotProperties {
    static final Actor EXPERT = Actor.of("EXP-9", ActorRole.EXPERT_GROUP);

    /** One step: an operation, a project, a key number, hours the clock moves first, whether a snapshot follows. */
    record Step(int op, int project, int keyNo, int hours, boolean snapshot) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 17), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 3).map(i -> i == 0)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 25)
    void state_from_snapshot_and_tail_equals_state_of_full_replay(@ForAll("steps") List<Step> steps) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        InMemoryJournalStore snapshotStore = new InMemoryJournalStore();
        CohortSnapshots snapshots = CohortSnapshots.on(snapshotStore);
        InMemoryPersonKeys keys = new InMemoryPersonKeys();
        Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
        Cohort c = Fixture.create(store, clock, keys);
        prelude(c);
        long lastSnapshot = 0;
        for (Step s : steps) {
            clock.advance(Duration.ofHours(s.hours()));
            c.submit(command(s, c, clock));
            if (s.snapshot()) {
                lastSnapshot = c.snapshot(snapshots).journalPosition();
            }
        }
        Cohort full = Cohort.open(store, clock, keys);
        Cohort fromSnapshot = Cohort.open(store, clock, keys, snapshots);
        assertThat(fromSnapshot.replayedFrom()).isEqualTo(lastSnapshot);
        assertThat(full.replayedFrom()).isZero();
        assertThat(fromSnapshot.state()).isEqualTo(full.state()).isEqualTo(c.state());
        assertThat(fromSnapshot.modelJson()).isEqualTo(full.modelJson());
        // and the two go on deciding alike: a repeated key gives the same receipt, a new command the same events
        for (Step s : steps.subList(0, Math.min(3, steps.size()))) {
            CohortCommand again = command(s, c, clock);
            assertThat(fromSnapshot.submit(again).reasons()).isEqualTo(full.submit(again).reasons());
        }
    }

    /** Two projects in pre-acceleration, so that consultations, defenses and certificates can happen. */
    static void prelude(Cohort c) {
        for (int i = 1; i <= 4; i++) {
            c.submit(new CohortCommand.SubmitApplication("s" + i, Fixture.TEAM, "P-0" + i, Fixture.application()))
                    .orElseThrow();
        }
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        Journey.toPreAcceleration(c, "P-02", LocalDate.of(2026, 3, 4));
    }

    static CohortCommand command(Step s, Cohort c, Fixture.TestClock clock) {
        String p = "P-0" + s.project();
        String key = "k" + s.keyNo();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Kazakhstan.ZONE);
        // PRE-06: the agenda comes 3 days before, so bookings are 4 to 6 days ahead, within 10:00–18:00 outside lunch
        ZonedDateTime day = today.plusDays(4 + s.hours() % 3).atTime(LocalTime.of(10, 0)).atZone(Kazakhstan.ZONE);
        ZonedDateTime window = today.plusDays(3).atTime(LocalTime.of(9, 0)).atZone(Kazakhstan.ZONE);
        List<String> consultations = c.state().consultations();
        String consultation = consultations.isEmpty() ? "C-none"
                : consultations.get(s.keyNo() % consultations.size()).split(" ")[0];
        return switch (s.op()) {
            case 0 -> new CohortCommand.SubmitApplication(key, Fixture.TEAM, p, Fixture.application());
            case 1 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.Preselect());
            case 2 -> new CohortCommand.Lifecycle(key, Fixture.EXPERTS, p, new Commands.RecordFirstInterview(today));
            case 3 -> new CohortCommand.UpdateApplication(key, Fixture.TEAM, p, Journey.admitted());
            case 4 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.AdmitToPreAcceleration(Journey.ask()));
            case 5 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.Reject("NOT_ELIGIBLE", s.hours() % 2 == 0));
            case 6 -> new CohortCommand.Lifecycle(key, Fixture.TEAM, p, new Commands.Withdraw("moved"));
            case 7 -> new CohortCommand.CheckEligibility(key, Fixture.ORGANIZER, p, s.hours() % 2 == 0 ? "APP_08" : "COMPETITION");
            case 8 -> new CohortCommand.ErasePersonalData(key, Fixture.ORGANIZER, s.hours() % 2 == 0 ? p + "/applicant" : p + "/team/0");
            case 9, 10 -> new CohortCommand.PublishAvailability(key, EXPERT, "EXP-9", window.toInstant(),
                    window.plusDays(7).toInstant());
            case 11, 12 -> new CohortCommand.BookConsultation(key, s.hours() % 2 == 0 ? Fixture.TEAM : EXPERT, p, "EXP-9",
                    day.plusHours(List.of(0, 1, 4, 5, 6).get(s.hours() % 5)).toInstant());
            case 13 -> new CohortCommand.MarkConsultationHeld(key, EXPERT, consultation);
            case 14 -> new CohortCommand.CancelConsultation(key, s.hours() % 2 == 0 ? Fixture.TEAM : EXPERT, consultation);
            case 15 -> new CohortCommand.RecordConsultationNoShow(key, EXPERT, consultation,
                    s.hours() % 2 == 0 ? "PROJECT" : "EXPERT");
            case 16 -> new CohortCommand.HoldDefense(key, Fixture.JURY, today, Journey.PANEL, List.of(p), Map.of(),
                    Journey.sheets(p, 1 + s.hours() % 3));
            default -> new CohortCommand.IssueCertificates(key, Fixture.ORGANIZER, p, "PRE_ACCELERATION",
                    LocalDate.of(2026, 3, 2), today);
        };
    }
}
