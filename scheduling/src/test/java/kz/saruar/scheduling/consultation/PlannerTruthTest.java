package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.saruar.model.Kazakhstan;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The planner finds every free start and tells the truth when it cannot (issue 14, PRE-05, PRE-06). */
class PlannerTruthTest {
    static final Instant NOW = Instant.parse("2026-04-01T04:00:00Z");
    static final WorkingCalendar KZ = WorkingCalendar.kazakhstan();

    static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2026, 4, day).atTime(hour, minute).atZone(Kazakhstan.ZONE).toInstant();
    }

    @Test
    void PRE_05_a_second_consultation_fits_the_free_hour_of_an_overlapping_window() {
        ExpertAvailability e = new ExpertAvailability(ExpertId.of("E1"),
                List.of(new TimeSlot(at(7, 10, 0), at(7, 11, 0)), new TimeSlot(at(7, 10, 30), at(7, 12, 0))));
        List<ConsultationRequest> rs = List.of(new ConsultationRequest("r1", ProjectId.of("P1"), ExpertId.of("E1"), Initiator.PROJECT),
                new ConsultationRequest("r2", ProjectId.of("P2"), ExpertId.of("E1"), Initiator.PROJECT));
        PlanningProblem p = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), List.of(e), rs);
        ConsultationPlan plan = new ConsultationPlanner(KZ).plan(p);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.placed()).extracting(c -> c.slot().start()).containsExactly(at(7, 10, 0), at(7, 11, 0));
        assertThat(new PlanChecker(KZ).violations(p, plan)).isEmpty();
    }

    @Test
    void PRE_05_a_consultation_of_any_length_starts_at_an_aligned_minute_and_never_in_the_break() {
        ConsultationPolicy p45 = new ConsultationPolicy(Duration.ofMinutes(45), 3, 3, 12, Duration.ofHours(24),
                ConsultationHours.standard(), Duration.ofMinutes(5));
        ExpertAvailability e = new ExpertAvailability(ExpertId.of("E1"), List.of(new TimeSlot(at(7, 11, 7), at(7, 15, 0))));
        List<ConsultationRequest> rs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rs.add(new ConsultationRequest("r" + i, ProjectId.of("P" + i), ExpertId.of("E1"), Initiator.PROJECT));
        }
        PlanningProblem p = new PlanningProblem(NOW, Kazakhstan.ZONE, p45, List.of(e), rs);
        ConsultationPlan plan = new ConsultationPlanner(KZ).plan(p);
        // 11:10–11:55, 11:55–12:40, then the break 13:00–14:00, 14:00–14:45; the fourth does not fit.
        assertThat(plan.placed()).extracting(c -> c.slot().start())
                .containsExactly(at(7, 11, 10), at(7, 11, 55), at(7, 14, 0));
        assertThat(plan.unplaced()).singleElement().satisfies(u -> assertThat(u.reason().code()).isEqualTo("EXPERT_FULLY_BOOKED"));
        assertThat(new PlanChecker(KZ).violations(p, plan)).isEmpty();
    }

    /**
     * On small random instances, a request reported impossible has no legal start in the final
     * plan (exhaustive search over every 5-minute start), and the planner's reason is among what
     * blocks it.
     */
    @Property(tries = 300)
    void an_unplaced_request_has_no_legal_start_and_its_reason_is_true(@ForAll @IntRange(min = 1, max = 3) int experts,
            @ForAll @IntRange(min = 1, max = 4) int projects, @ForAll @IntRange(min = 1, max = 9) int requests,
            @ForAll("windows") List<int[]> windows, @ForAll @IntRange(min = 30, max = 90) int length) {
        ConsultationPolicy policy = new ConsultationPolicy(Duration.ofMinutes(length - length % 5), 3, 3, 12,
                Duration.ofHours(24), ConsultationHours.standard(), Duration.ofMinutes(5));
        List<ExpertAvailability> av = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            List<TimeSlot> ws = new ArrayList<>();
            for (int[] w : windows) {
                if (w[0] % experts == e) {
                    ws.add(new TimeSlot(at(w[1], 0, 0).plusSeconds(w[2] * 300L), at(w[1], 0, 0).plusSeconds((w[2] + w[3]) * 300L)));
                }
            }
            av.add(new ExpertAvailability(ExpertId.of("E" + e), ws));
        }
        List<ConsultationRequest> rs = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            rs.add(new ConsultationRequest("r" + i, ProjectId.of("P" + (i * 7 % projects)), ExpertId.of("E" + (i % experts)),
                    i % 4 == 3 ? Initiator.EXPERT : Initiator.PROJECT));
        }
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, policy, av, rs);
        ConsultationPlan plan = new ConsultationPlanner(KZ).plan(problem);
        assertThat(new PlanChecker(KZ).violations(problem, plan)).isEmpty();
        for (UnplacedRequest u : plan.unplaced()) {
            if (u.reason().code().equals("EXPERT_LIMIT_REACHED")) {
                continue;
            }
            Set<String> blocking = blocking(problem, plan, u.request());
            assertThat(blocking).as("legal starts exist for %s", u.request().id()).doesNotContain("FREE");
            assertThat(blocking).contains(u.reason().code());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<int[]>> windows() {
        // expert selector, day 6..10 April 2026, start in 5-minute units from midnight (08:00..17:00), length in units.
        net.jqwik.api.Arbitrary<int[]> w = net.jqwik.api.Combinators.combine(
                net.jqwik.api.Arbitraries.integers().between(0, 5), net.jqwik.api.Arbitraries.integers().between(6, 10),
                net.jqwik.api.Arbitraries.integers().between(96, 204), net.jqwik.api.Arbitraries.integers().between(6, 40))
                .as((a, b, c, d) -> new int[] {a, b, c, d});
        return w.list().ofMinSize(1).ofMaxSize(6);
    }

    /** Exhaustively: what blocks each 5-minute start of the request in the final plan ("FREE" when nothing). */
    static Set<String> blocking(PlanningProblem problem, ConsultationPlan plan, ConsultationRequest r) {
        Set<String> out = new HashSet<>();
        Duration len = problem.policy().length();
        List<TimeSlot> windows = problem.experts().stream().filter(a -> a.expert().equals(r.expert()))
                .flatMap(a -> a.windows().stream()).toList();
        boolean usable = false;
        for (int day = 1; day <= 30; day++) {
            for (int m = 0; m < 24 * 60; m += 5) {
                Instant s = LocalDate.of(2026, 4, day).atTime(LocalTime.MIDNIGHT).plusMinutes(m).atZone(Kazakhstan.ZONE).toInstant();
                TimeSlot slot = new TimeSlot(s, s.plus(len));
                boolean legal = windows.stream().anyMatch(w -> w.contains(slot)) && problem.policy().hours().contains(slot, Kazakhstan.ZONE)
                        && KZ.isWorkingDay(LocalDate.of(2026, 4, day)) && s.isAfter(problem.now())
                        && !s.atZone(Kazakhstan.ZONE).minusDays(problem.policy().agendaDaysBefore()).toInstant().isBefore(problem.now());
                if (!legal) {
                    continue;
                }
                usable = true;
                boolean expertBusy = plan.placed().stream().anyMatch(p -> p.request().expert().equals(r.expert()) && p.slot().overlaps(slot));
                boolean projectBusy = plan.placed().stream().anyMatch(p -> p.request().project().equals(r.project()) && p.slot().overlaps(slot));
                if (expertBusy) {
                    out.add("EXPERT_FULLY_BOOKED");
                }
                if (projectBusy) {
                    out.add("PROJECT_BUSY_AT_FREE_SLOTS");
                }
                if (!expertBusy && !projectBusy) {
                    out.add("FREE");
                }
            }
        }
        if (!usable) {
            out.add("NO_USABLE_AVAILABILITY");
        }
        return out;
    }
}
