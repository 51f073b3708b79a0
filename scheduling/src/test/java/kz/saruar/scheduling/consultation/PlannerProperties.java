package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Kazakhstan;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PlannerProperties {
    static final Instant NOW = Instant.parse("2026-03-16T04:00:00Z");
    private final ConsultationPlanner planner = new ConsultationPlanner(WorkingCalendar.kazakhstan());
    private final PlanChecker checker = new PlanChecker(WorkingCalendar.kazakhstan());

    @Property(tries = 200)
    void no_plan_breaks_a_constraint(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 40) Integer> windowDays,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 8, max = 17) Integer> windowHours,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 99) Integer> requestCodes,
            @ForAll @IntRange(min = 1, max = 4) int windowLengthHours) {
        List<ExpertAvailability> experts = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            List<TimeSlot> ws = new ArrayList<>();
            for (int i = 0; i < windowDays.size(); i++) {
                int day = windowDays.get(i);
                int hour = windowHours.get((i + e) % windowHours.size());
                // Minutes offset per expert: misaligned grids across experts.
                ZonedDateTime start = ZonedDateTime.of(2026, 3, 16, hour, 15 * e, 0, 0, Kazakhstan.ZONE).plusDays(day);
                ws.add(new TimeSlot(start.toInstant(), start.plusHours(windowLengthHours).toInstant()));
            }
            experts.add(new ExpertAvailability(ExpertId.of("E" + e), ws));
        }
        List<ConsultationRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCodes.size(); i++) {
            int code = requestCodes.get(i);
            // Expert 4 has no availability: an unknown expert.
            requests.add(new ConsultationRequest("r" + i, ProjectId.of("P" + code % 7), ExpertId.of("E" + code % 5),
                    code % 11 == 0 ? Initiator.EXPERT : Initiator.PROJECT));
        }
        PlanningProblem problem = new PlanningProblem(NOW, Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
        ConsultationPlan plan = planner.plan(problem);
        assertThat(checker.violations(problem, plan)).isEmpty();
    }
}
