package kz.saruar.benchmarks.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlanChecker;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Plans a cohort's consultations (PRE-05/06): 1,000 projects × 3 consultations each (with three
 * different experts) among 100 experts over two months (March–April 2026, Kazakhstan working
 * days). {@code roomy}: each expert offers two 3-hour windows a week, enough for all; {@code tight}:
 * one 2-hour window a week, so demand exceeds supply and the planner must choose and report.
 * After every iteration the last plan is verified by the independent {@link PlanChecker}; a
 * violation (or, when roomy, an unplaced request) fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ConsultationPlanningBenchmark {
    static final int PROJECTS = 1_000;
    static final int EXPERTS = 100;
    static final int PER_PROJECT = 3;

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();
    private final ConsultationPlanner planner = new ConsultationPlanner(calendar);
    /** How much availability the experts offer. */
    @Param({"roomy", "tight"})
    public String availability;

    private PlanningProblem problem;
    private ConsultationPlan last;

    /** Builds the cohort once. */
    @Setup(Level.Trial)
    public void setUp() {
        problem = cohort("tight".equals(availability));
    }

    static PlanningProblem cohort() {
        return cohort(false);
    }

    static PlanningProblem cohort(boolean tight) {
        Instant now = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, kz.saruar.model.Kazakhstan.ZONE).toInstant();
        List<ExpertAvailability> experts = new ArrayList<>(EXPERTS);
        for (int e = 0; e < EXPERTS; e++) {
            List<TimeSlot> windows = new ArrayList<>();
            DayOfWeek first = DayOfWeek.of(1 + e % 5);
            DayOfWeek second = DayOfWeek.of(1 + (e + 2) % 5);
            // Roomy windows lie after the [default] lunch break of the consultation hours (13:00-14:00, PRE-05).
            int hour = tight ? 10 + e % 4 : 14 + e % 2;
            for (LocalDate d = LocalDate.of(2026, 3, 2); d.isBefore(LocalDate.of(2026, 5, 2)); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == first || !tight && d.getDayOfWeek() == second) {
                    ZonedDateTime s = d.atTime(hour, 0).atZone(kz.saruar.model.Kazakhstan.ZONE);
                    windows.add(new TimeSlot(s.toInstant(), s.plusHours(tight ? 2 : 3).toInstant()));
                }
            }
            experts.add(new ExpertAvailability(ExpertId.of("E" + e), windows));
        }
        List<ConsultationRequest> requests = new ArrayList<>(PROJECTS * PER_PROJECT);
        for (int p = 0; p < PROJECTS; p++) {
            for (int k = 0; k < PER_PROJECT; k++) {
                int expert = (p + k * 37) % EXPERTS;
                requests.add(new ConsultationRequest("P" + p + "-" + k, ProjectId.of("P" + p), ExpertId.of("E" + expert),
                        Initiator.PROJECT));
            }
        }
        return new PlanningProblem(now, kz.saruar.model.Kazakhstan.ZONE, ConsultationPolicy.standard(), experts, requests);
    }

    /** Plans the whole cohort. */
    @Benchmark
    public ConsultationPlan planCohort() {
        last = planner.plan(problem);
        return last;
    }

    /** The last plan, for the results note. */
    ConsultationPlan last() {
        return last;
    }

    /** Verifies the last plan with the independent checker (not measured). */
    @TearDown(Level.Iteration)
    public void verify() {
        if (last == null) {
            return;
        }
        List<String> violations = new PlanChecker(calendar).violations(problem, last);
        if (!violations.isEmpty() || !"tight".equals(availability) && !last.unplaced().isEmpty()) {
            throw new IllegalStateException("plan breaks constraints: " + violations.size() + " violations, "
                    + last.unplaced().size() + " unplaced; first: " + (violations.isEmpty() ? last.unplaced().get(0) : violations.get(0)));
        }
    }
}
