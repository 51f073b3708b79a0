package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.spi.storage.JournalStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random command sequences (accepted, refused, repeated keys, erasures) leave a cohort whose
 * reopened state equals the state before, on the in-memory and the file store (LFT-06 replay).
 */
class ReplayProperties {
    /** One step of a random sequence: an operation on a project, a key, and how far the clock moves first. */
    record Step(int op, int project, int keyNo, int hours) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 60)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 15)
    void reopening_an_in_memory_cohort_gives_the_same_state(@ForAll("steps") List<Step> steps) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        InMemoryPersonKeys keys = new InMemoryPersonKeys();
        Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
        Cohort c = Fixture.create(store, clock, keys);
        run(c, clock, steps, () -> Cohort.open(store, clock, keys));
        assertThat(Cohort.verify(store).ok()).isTrue();
    }

    @Property(tries = 5)
    void reopening_a_file_cohort_gives_the_same_state(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("saruar-cohort-replay");
        try {
            PersonKeys keys = FilePersonKeys.open(dir.resolve("keys"));
            Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
            CohortState before;
            try (FileJournalStore store = FileJournalStore.open(dir.resolve("journal"))) {
                Cohort c = Fixture.create(store, clock, keys);
                run(c, clock, steps, () -> c);
                before = c.state();
            }
            try (FileJournalStore store = FileJournalStore.open(dir.resolve("journal"))) {
                assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(before);
                assertThat(Cohort.verify(store).ok()).isTrue();
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Cohort c, Fixture.TestClock clock, List<Step> steps, java.util.function.Supplier<Cohort> reopen) {
        List<String> accepted = new ArrayList<>();
        for (Step s : steps) {
            clock.advance(Duration.ofHours(s.hours()));
            String p = "P-0" + s.project();
            String key = "k" + s.keyNo();
            LocalDate today = LocalDate.ofInstant(clock.instant(), kz.saruar.model.Kazakhstan.ZONE);
            CohortCommand cmd = switch (s.op()) {
                case 0, 1 -> new CohortCommand.SubmitApplication(key, Fixture.TEAM, p, Fixture.application());
                case 2 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.Preselect());
                case 3 -> new CohortCommand.Lifecycle(key, Fixture.EXPERTS, p, new Commands.RecordFirstInterview(today));
                case 4 -> new CohortCommand.UpdateApplication(key, Fixture.TEAM, p, Journey.admitted());
                case 5 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.AdmitToPreAcceleration(Journey.ask()));
                case 6 -> new CohortCommand.Lifecycle(key, Fixture.ORGANIZER, p, new Commands.Reject("NOT_ELIGIBLE", s.hours() % 2 == 0));
                case 7 -> new CohortCommand.Lifecycle(key, Fixture.TEAM, p, new Commands.Withdraw("moved"));
                case 8 -> new CohortCommand.CheckEligibility(key, Fixture.ORGANIZER, p, s.hours() % 2 == 0 ? "APP_08" : "COMPETITION");
                case 9 -> new CohortCommand.ErasePersonalData(key, Fixture.ORGANIZER, p + "/applicant");
                default -> new CohortCommand.Lifecycle(key, Fixture.JURY, p, new Commands.Preselect());
            };
            long before = c.store().endPosition();
            Outcome<CohortReceipt> o = c.submit(cmd);
            if (o.refused()) {
                assertThat(c.store().endPosition()).as("a refused command writes nothing").isEqualTo(before);
            } else {
                accepted.add(key);
            }
            if (s.keyNo() % 7 == 0) {
                assertThat(reopen.get().state()).isEqualTo(c.state());
            }
        }
        assertThat(reopen.get().state()).isEqualTo(c.state());
    }
}
