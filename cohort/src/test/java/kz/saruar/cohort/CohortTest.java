package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ProjectState;
import org.junit.jupiter.api.Test;

class CohortTest {
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryJournalStore store = new InMemoryJournalStore();
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();

    @Test
    void APP_03_a_submitted_application_is_an_applied_project_and_reopening_gives_the_same_state() {
        Cohort cohort = Fixture.create(store, clock, keys);
        Outcome<CohortReceipt> r = cohort.submit(new CohortCommand.SubmitApplication("k1", Fixture.TEAM, "P-01",
                Fixture.application()));
        assertThat(r.reasons()).isEmpty();
        assertThat(cohort.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.APPLIED);
        assertThat(cohort.state().project("P-01").orElseThrow().application()).isEqualTo(Fixture.application());
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(cohort.state());
    }

    @Test
    void APP_10_lifecycle_commands_move_the_project_and_replay() {
        Cohort cohort = Fixture.create(store, clock, keys);
        cohort.submit(new CohortCommand.SubmitApplication("k1", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        clock.advance(Duration.ofDays(1));
        cohort.submit(new CohortCommand.Lifecycle("k2", Fixture.ORGANIZER, "P-01", new Commands.Preselect())).orElseThrow();
        cohort.submit(new CohortCommand.Lifecycle("k3", Fixture.EXPERTS, "P-01",
                new Commands.RecordFirstInterview(LocalDate.of(2026, 3, 4)))).orElseThrow();
        Outcome<CohortReceipt> admit = cohort.submit(new CohortCommand.Lifecycle("k4", Fixture.ORGANIZER, "P-01",
                new Commands.AdmitToPreAcceleration(kz.saruar.model.application.EligibilityVerdict.of(java.util.List.of()))));
        // the sample application has no APP-08 admission facts yet: the cohort's own check refuses
        assertThat(admit.reasons()).extracting(r -> r.rule().value()).containsOnly("APP-08");
        assertThat(cohort.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.INTERVIEWED);
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(cohort.state());
        assertThat(Cohort.verify(store).ok()).isTrue();
    }

    @Test
    void LFT_06_a_follower_hears_every_event_once_in_journal_order_including_another_writers() {
        Cohort cohort = Fixture.create(store, clock, keys);
        cohort.submit(new CohortCommand.SubmitApplication("k1", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        java.util.List<RecordedEvent<CohortEvent>> heard = new java.util.ArrayList<>();
        cohort.follow(heard::add);
        cohort.submit(new CohortCommand.Lifecycle("k2", Fixture.ORGANIZER, "P-01", new Commands.Preselect())).orElseThrow();
        // another writer on the same journal; this cohort's next command catches up first
        Cohort.open(store, clock, keys).submit(new CohortCommand.Lifecycle("k3", Fixture.EXPERTS, "P-01",
                new Commands.RecordFirstInterview(LocalDate.of(2026, 3, 4)))).orElseThrow();
        cohort.submit(new CohortCommand.SubmitApplication("k4", Fixture.TEAM, "P-02", Fixture.application())).orElseThrow();
        // a repeated command records nothing, so nothing is heard again
        cohort.submit(new CohortCommand.Lifecycle("k2", Fixture.ORGANIZER, "P-01", new Commands.Preselect())).orElseThrow();
        assertThat(heard).isEqualTo(Cohort.events(store));
        assertThat(heard).extracting(RecordedEvent::position).containsExactly(0L, 1L, 2L, 3L, 4L);
    }
}
