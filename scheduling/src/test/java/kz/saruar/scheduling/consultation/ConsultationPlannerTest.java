package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ConsultationPlannerTest {
    static final Instant NOW = Instant.parse("2026-04-01T04:00:00Z");
    private final ConsultationPlanner planner = new ConsultationPlanner(WorkingCalendar.kazakhstan());
    private final PlanChecker checker = new PlanChecker(WorkingCalendar.kazakhstan());

    static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, Kazakhstan.ZONE).toInstant();
    }

    static ConsultationRequest req(String id, String project, String expert) {
        return new ConsultationRequest(id, ProjectId.of(project), ExpertId.of(expert), Initiator.PROJECT);
    }

    @Test
    void places_what_fits_and_reports_each_unplaced_request_with_its_rule() {
        List<ExpertAvailability> experts = List.of(
                new ExpertAvailability(ExpertId.of("E1"), List.of(new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 12)))),
                new ExpertAvailability(ExpertId.of("E2"), List.of(new TimeSlot(almaty(4, 2, 10), almaty(4, 2, 12)))));
        List<ConsultationRequest> requests = List.of(
                req("r1", "P1", "E1"), req("r2", "P2", "E1"), req("r3", "P3", "E1"),
                req("r4", "P1", "E2"), req("r5", "P1", "E9"),
                req("r6", "P4", "E1"), req("r7", "P4", "E1"), req("r8", "P4", "E1"), req("r9", "P4", "E1"));
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(checker.violations(problem, plan)).isEmpty();
        assertThat(plan.placed()).hasSize(2);
        assertThat(plan.unplaced()).extracting(u -> u.request().id() + ":" + u.reason().code()).contains(
                "r4:NO_USABLE_AVAILABILITY", "r5:UNKNOWN_EXPERT", "r9:EXPERT_LIMIT_REACHED");
        assertThat(plan.unplaced()).filteredOn(u -> u.reason().code().equals("EXPERT_FULLY_BOOKED")).hasSize(4);
    }

    @Test
    void most_constrained_first_places_the_request_with_the_only_possible_slot() {
        // E1 has one slot; E2 has the same slot and one more. P1 needs both experts; greedy in
        // input order would give P1's E2 consultation the shared hour and block its E1 one.
        TimeSlot shared = new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 11));
        List<ExpertAvailability> experts = List.of(
                new ExpertAvailability(ExpertId.of("E2"), List.of(new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 12)))),
                new ExpertAvailability(ExpertId.of("E1"), List.of(shared)));
        List<ConsultationRequest> requests = List.of(req("a", "P1", "E2"), req("b", "P1", "E1"));
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(checker.violations(problem, plan)).isEmpty();
    }

    @Test
    void repair_moves_a_placed_consultation_to_make_room() {
        // Greedy order puts x (P2) into E1's first hour; y (P1) can only use that hour because P1
        // is with E2 in the second; repair moves x to the second hour... which P2 keeps free.
        List<ExpertAvailability> experts = List.of(
                new ExpertAvailability(ExpertId.of("E1"), List.of(new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 12)))),
                new ExpertAvailability(ExpertId.of("E2"), List.of(new TimeSlot(almaty(4, 7, 11), almaty(4, 7, 12)))));
        List<ConsultationRequest> requests = List.of(req("z", "P1", "E2"), req("x", "P2", "E1"), req("y", "P1", "E1"));
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(checker.violations(problem, plan)).isEmpty();
    }

    @Test
    void repair_moves_a_consultation_when_the_gaps_around_it_make_room_for_two() {
        // z keeps P1 with E2 until 11:00, so x (P1) takes E1 at 11:00 and leaves E1 only the gaps
        // 10:30–11:00 and 12:00–12:50: no free start for y, yet moving x to 11:30 frees 10:30 for y.
        // An expert without a free start is not beyond repair when the gaps add up (PRE-05).
        List<ExpertAvailability> experts = List.of(
                new ExpertAvailability(ExpertId.of("E1"),
                        List.of(new TimeSlot(almaty(4, 7, 10).plusSeconds(30 * 60), almaty(4, 7, 12).plusSeconds(50 * 60)))),
                new ExpertAvailability(ExpertId.of("E2"), List.of(new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 11)))));
        List<ConsultationRequest> requests = List.of(req("z", "P1", "E2"), req("x", "P1", "E1"), req("y", "P2", "E1"));
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.placed()).extracting(c -> c.request().id() + "@" + c.slot().start())
                .containsExactly("z@" + almaty(4, 7, 10), "y@" + almaty(4, 7, 10).plusSeconds(30 * 60),
                        "x@" + almaty(4, 7, 11).plusSeconds(30 * 60));
        assertThat(checker.violations(problem, plan)).isEmpty();
    }

    @Test
    void the_checker_catches_a_broken_plan() {
        List<ExpertAvailability> experts = List.of(
                new ExpertAvailability(ExpertId.of("E1"), List.of(new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 12)))));
        ConsultationRequest a = req("a", "P1", "E1");
        ConsultationRequest b = req("b", "P2", "E1");
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, List.of(a, b));
        TimeSlot slot = TimeSlot.of(almaty(4, 7, 10), Duration.ofMinutes(60));
        ConsultationPlan broken = new ConsultationPlan(List.of(new PlannedConsultation(a, slot), new PlannedConsultation(b, slot),
                new PlannedConsultation(a, TimeSlot.of(almaty(4, 2, 10), Duration.ofMinutes(30)))), List.of());
        List<String> v = checker.violations(problem, broken);
        assertThat(String.join("\n", v)).contains("booked twice").contains("more than once").contains("outside the availability")
                .contains("agenda").contains("length");
        // the same violations in Russian and Kazakh, one for one
        List<LocalizedText> texts = checker.violationTexts(problem, broken);
        assertThat(texts).extracting(t -> t.get(Language.EN)).containsExactlyElementsOf(v);
        assertThat(texts).extracting(t -> t.get(Language.RU)).anyMatch(t -> t.contains("занят дважды"))
                .anyMatch(t -> t.contains("вне доступного времени эксперта E1")).noneMatch(t -> t.contains("booked"));
        assertThat(texts).extracting(t -> t.get(Language.KK)).anyMatch(t -> t.contains("екі рет жазылған"))
                .noneMatch(t -> t.contains("outside"));
    }

    @Test
    void a_large_cohort_keeps_every_constraint() {
        List<ExpertAvailability> experts = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            List<TimeSlot> ws = new ArrayList<>();
            for (int d = 6; d <= 30; d++) {
                ws.add(new TimeSlot(almaty(4, d, 10 + e % 3), almaty(4, d, 13 + e % 3)));
            }
            experts.add(new ExpertAvailability(ExpertId.of("E" + e), ws));
        }
        List<ConsultationRequest> requests = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            for (int k = 0; k < 3; k++) {
                requests.add(req("p" + p + "-" + k, "P" + p, "E" + ((p + k) % 10)));
            }
        }
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(checker.violations(problem, plan)).isEmpty();
        assertThat(plan.placed()).hasSize(300);
    }
}
