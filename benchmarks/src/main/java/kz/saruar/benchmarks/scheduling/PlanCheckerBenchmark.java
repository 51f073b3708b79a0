package kz.saruar.benchmarks.scheduling;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.PlanChecker;
import kz.saruar.scheduling.consultation.PlanningProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Plans and then checks the same cohort as {@link ConsultationPlanningBenchmark} (PRE-05/06): the cost of planning with verification. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class PlanCheckerBenchmark {
    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();
    private PlanningProblem problem;

    /** Builds the cohort once. */
    @Setup(Level.Trial)
    public void setUp() {
        problem = ConsultationPlanningBenchmark.cohort();
    }

    /** Plans the cohort and verifies every constraint; fails on any violation. */
    @Benchmark
    public List<String> planAndCheck() {
        ConsultationPlan plan = new ConsultationPlanner(calendar).plan(problem);
        List<String> violations = new PlanChecker(calendar).violations(problem, plan);
        if (!violations.isEmpty() || !plan.unplaced().isEmpty()) {
            throw new IllegalStateException("plan breaks constraints: " + violations);
        }
        return violations;
    }
}
