package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ProjectState;
import org.junit.jupiter.api.Test;

/** One project along the whole path of the rules APP, PRE, DEF, ACC and EXT (docs/rules.md), through the cohort. */
class CohortPathTest {
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryJournalStore store = new InMemoryJournalStore();
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private static final Actor EXPERT = Actor.of("EXP-9", ActorRole.EXPERT_GROUP);

    @Test
    void PRE_06_DEF_09_DEF_10_ACC_03_EXT_02_from_application_to_brand_ambassador() {
        Cohort c = Fixture.create(store, clock, keys);
        c.submit(new CohortCommand.SubmitApplication("sub", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        assertThat(c.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.IN_PRE_ACCELERATION);

        // PRE-05, PRE-06: availability, a booking, the consultation held
        c.submit(new CohortCommand.PublishAvailability("av", EXPERT, "EXP-9", Journey.at("2026-03-10T10:00:00+05:00"),
                Journey.at("2026-03-10T18:00:00+05:00"))).orElseThrow();
        Outcome<CohortReceipt> booked = c.submit(new CohortCommand.BookConsultation("bk", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-10T11:00:00+05:00")));
        assertThat(booked.reasons()).isEmpty();
        String id = c.state().consultations().get(0).split(" ")[0];
        clock.set(Journey.at("2026-03-10T13:00:00+05:00"));
        c.submit(new CohortCommand.MarkConsultationHeld("held", EXPERT, id)).orElseThrow();
        assertThat(c.state().project("P-01").orElseThrow().consultationsHeld()).isEqualTo(1);

        // DEF-09: the defense session and its protocol record the defense
        clock.set(Journey.at("2026-04-30T18:00:00+05:00"));
        LocalDate defense = LocalDate.of(2026, 4, 30);
        Outcome<CohortReceipt> held = c.submit(new CohortCommand.HoldDefense("def", Fixture.JURY, defense, Journey.PANEL,
                List.of("P-01"), Map.of(), Journey.sheets("P-01", 3)));
        assertThat(held.reasons()).isEmpty();
        assertThat(held.orElseThrow().events()).containsExactly("DefenseHeld", "LifecycleRecorded");
        assertThat(c.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.DEFENDED);
        assertThat(c.state().pendingDeadlines()).extracting(PendingDeadline::what).containsExactly("ACCELERATION_APPLICATION");
        // DEF-11: what is due, in words, in the seeds' Kazakh and Russian
        PendingDeadline due = c.state().pendingDeadlines().get(0);
        assertThat(due.rule()).isEqualTo("DEF-11");
        assertThat(due.description().get(Language.KK)).startsWith("Акселерацияға өтуге өтінім " + due.due());
        assertThat(due.description().get(Language.RU)).startsWith("Заявка на акселерацию не позднее " + due.due())
                .contains("+ 3 дн.");

        // DEF-10 certificates, DEF-11 the application within the window, DEF-12 admission
        c.submit(new CohortCommand.IssueCertificates("cert", Fixture.ORGANIZER, "P-01", "PRE_ACCELERATION",
                LocalDate.of(2026, 3, 2), defense)).orElseThrow();
        c.submit(new CohortCommand.Lifecycle("apply", Fixture.TEAM, "P-01",
                new Commands.ApplyForAcceleration(LocalDate.of(2026, 5, 2), kz.saruar.model.lifecycle.AccelerationDeadline
                        .calendarDays(LocalDate.of(2026, 5, 2), 0)))).orElseThrow();
        c.submit(new CohortCommand.UpdateApplication("upd2", Fixture.TEAM, "P-01", Journey.readyForAcceleration())).orElseThrow();
        Outcome<CohortReceipt> enter = c.submit(new CohortCommand.Lifecycle("enter", Fixture.ORGANIZER, "P-01",
                new Commands.EnterAcceleration(Journey.ask())));
        assertThat(enter.reasons()).isEmpty();
        c.submit(new CohortCommand.Lifecycle("grad", Fixture.ORGANIZER, "P-01", new Commands.Graduate())).orElseThrow();
        c.submit(new CohortCommand.IssueCertificates("cert2", Fixture.ORGANIZER, "P-01", "ACCELERATION",
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 8, 28))).orElseThrow();
        c.submit(new CohortCommand.Lifecycle("amb", Fixture.EXPERTS, "P-01", new Commands.GrantAmbassadorStatus(8, 8)))
                .orElseThrow();
        String firstStep = c.methodology().exit().ambassadorSteps().get(0).code();
        c.submit(new CohortCommand.Lifecycle("step", Fixture.ORGANIZER, "P-01",
                new Commands.RecordAmbassadorStep(firstStep))).orElseThrow();

        ProjectView p = c.state().project("P-01").orElseThrow();
        assertThat(p.state()).isEqualTo(ProjectState.BRAND_AMBASSADOR);
        assertThat(p.ambassadorSteps()).containsExactly(firstStep);
        assertThat(p.certificates()).extracting(CertificateView::kind).contains("PRE_ACCELERATION", "ACCELERATION");
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(c.state());
        assertThat(Cohort.verify(store).ok()).isTrue();
    }

    @Test
    void DEF_11_an_application_after_the_window_is_refused_and_writes_nothing() {
        Cohort c = Fixture.create(store, clock, keys);
        c.submit(new CohortCommand.SubmitApplication("sub", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        c.submit(new CohortCommand.HoldDefense("def", Fixture.JURY, LocalDate.of(2026, 4, 30), Journey.PANEL,
                List.of("P-01"), Map.of(), Journey.sheets("P-01", 3))).orElseThrow();
        long before = store.endPosition();
        Outcome<CohortReceipt> late = c.submit(new CohortCommand.Lifecycle("apply", Fixture.TEAM, "P-01",
                new Commands.ApplyForAcceleration(LocalDate.of(2026, 5, 10), kz.saruar.model.lifecycle.AccelerationDeadline
                        .calendarDays(LocalDate.of(2026, 5, 1), 30))));
        assertThat(late.reasons()).extracting(r -> r.code()).containsExactly("APPLICATION_DEADLINE");
        assertThat(store.endPosition()).isEqualTo(before);
    }

    @Test
    void DEF_06_a_total_below_the_threshold_is_not_passed() {
        Cohort c = Fixture.create(store, clock, keys);
        c.submit(new CohortCommand.SubmitApplication("sub", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        c.submit(new CohortCommand.HoldDefense("def", Fixture.JURY, LocalDate.of(2026, 4, 30), Journey.PANEL,
                List.of("P-01"), Map.of(), Journey.sheets("P-01", 1))).orElseThrow();
        assertThat(c.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.NOT_PASSED);
    }
}
