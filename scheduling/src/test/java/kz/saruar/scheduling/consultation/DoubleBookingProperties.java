package kz.saruar.scheduling.consultation;

import static kz.saruar.scheduling.consultation.ConsultationBookTest.almaty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.GroupOrigin.ExpertInitiated;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * PRE-05: a booking is refused for every consultation it would overlap, the expert's and each
 * project's, named in booking order. The book finds them through its per-expert and per-project
 * indexes; these properties hold that to a scan of the whole book.
 */
class DoubleBookingProperties {
    private static final List<ExpertId> EXPERTS = List.of(ExpertId.of("E1"), ExpertId.of("E2"));
    private static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P1"), ProjectId.of("P2"), ProjectId.of("P3"),
            ProjectId.of("P4"));

    /** One step: book (one project) or book a group, or cancel the n-th consultation. */
    record Step(boolean cancel, int expert, List<Integer> projects, int day, int hour, int n) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 3).set().ofMinSize(1).ofMaxSize(3).map(List::copyOf),
                Arbitraries.integers().between(6, 7), Arbitraries.integers().between(10, 12), Arbitraries.integers().between(0, 30))
                .as((c, e, p, d, h, n) -> new Step(c == 0, e, p, d, h, n));
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void PRE_05_the_overlaps_a_booking_is_refused_for_are_those_a_scan_of_the_whole_book_finds(
            @ForAll("steps") List<Step> steps) {
        ConsultationBookTest.MutableClock clock = new ConsultationBookTest.MutableClock(ConsultationBookTest.NOW);
        ConsultationBook book = new ConsultationBook(clock, Kazakhstan.ZONE, ConsultationPolicy.standard(),
                WorkingCalendar.kazakhstan());
        for (ExpertId e : EXPERTS) {
            for (int d = 6; d <= 10; d++) {
                book.publishAvailability(e, new TimeSlot(almaty(4, d, 9), almaty(4, d, 19))).orElseThrow();
            }
        }
        for (Step s : steps) {
            List<Consultation> all = book.consultations();
            if (s.cancel()) {
                if (!all.isEmpty()) {
                    book.cancel(all.get(s.n() % all.size()).id());
                }
                continue;
            }
            ExpertId expert = EXPERTS.get(s.expert());
            List<ProjectId> projects = s.projects().stream().map(PROJECTS::get).toList();
            Instant start = almaty(4, s.day(), s.hour());
            TimeSlot slot = new TimeSlot(start, start.plus(book.policy().length()));
            List<String> expected = scan(all, expert, projects, slot);
            Statistics.label("refused for overlaps").collect(expected.size());

            Outcome<Consultation> o = projects.size() == 1 ? book.book(projects.get(0), expert, start, Initiator.PROJECT)
                    : book.bookGroup(expert, projects, start, new ExpertInitiated());

            assertThat(o.reasons().stream().filter(r -> r.code().endsWith("_DOUBLE_BOOKED")).map(Reason::subject).toList())
                    .isEqualTo(expected);
        }
        Statistics.label("refused for overlaps").coverage(c -> c.check(2).count(n -> n > 0));
    }

    /** The subjects of the double-booking refusals, from every consultation of the book in booking order. */
    private static List<String> scan(List<Consultation> all, ExpertId expert, List<ProjectId> projects, TimeSlot slot) {
        boolean expertBusy = false;
        List<ProjectId> busy = new ArrayList<>();
        for (Consultation c : all) {
            if (!c.status().occupiesTime() || !c.slot().overlaps(slot)) {
                continue;
            }
            expertBusy |= c.expert().equals(expert);
            for (ProjectId p : projects) {
                if (c.projects().contains(p) && !busy.contains(p)) {
                    busy.add(p);
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (expertBusy) {
            out.add(ConsultationReasons.expertBusy(expert, slot.start(), Kazakhstan.ZONE).subject());
        }
        busy.forEach(p -> out.add("project:" + p.value()));
        return out;
    }
}
