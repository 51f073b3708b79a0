package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.Methodology;

/**
 * The whole simulation of docs/simulation.md in one call: a detailed cohort for the
 * seed, the funnel's spread over {@code runs} seeds, and optionally the same applicants under a
 * second methodology (what-if).
 *
 * @param detail     the cohort of the first seed, with calendar, consultations and market
 * @param spread     each stage's mean and spread over the runs
 * @param runs       how many runs the spread covers
 * @param comparison the what-if, when a second methodology was given
 * @param graduates  each direction's graduates over the runs (2020: 5/5/8/2, docs/simulation.md)
 */
public record Simulation(CohortRun detail, List<StageSpread> spread, int runs, Optional<Comparison> comparison,
        List<DirectionSpread> graduates) {
    /** Refuses nulls; copies. */
    public Simulation {
        Objects.requireNonNull(detail, "detail");
        spread = ImmutableList.copyOf(spread);
        Objects.requireNonNull(comparison, "comparison");
        graduates = ImmutableList.copyOf(graduates);
    }

    /** One cohort, simulated or real, as the report shows it: one run, no comparison. */
    public static Simulation of(CohortRun run) {
        return new Simulation(run, StageSpread.of(List.of(run)), 1, Optional.empty(), DirectionSpread.of(List.of(run)));
    }

    /**
     * Simulates {@code applications} applicants from {@code seed} on {@code base}, each cohort a
     * real {@code Cohort} whose journals {@code detail} opens for the first run on {@code base}
     * (the others live in memory); runs 2.. use seeds seed+1, seed+2, ….
     */
    public static Simulation simulate(Methodology base, Optional<Methodology> other, SimulationParameters parameters,
            long seed, int applications, int runs, CohortPlace detail) {
        Arguments.nonNull("base", base, "other", other, "parameters", parameters, "detail", detail);
        Preconditions.checkArgument(applications > 0, "applications must be positive: %s", applications);
        Preconditions.checkArgument(runs > 0, "runs must be positive: %s", runs);
        CohortSimulation simulation = new CohortSimulation(base, parameters);
        List<Applicant> applicants = CohortSimulation.applicants(base, parameters, seed, applications);
        // the runs are independent cohorts (each its own seed and journals): they run side by side,
        // one per processor, and are gathered in seed order, so the result does not depend on the machine
        List<Callable<CohortRun>> tasks = new ArrayList<>();
        tasks.add(() -> simulation.run(applicants, seed, true, detail));
        for (int r = 1; r < runs; r++) {
            long s = seed + r;
            tasks.add(() -> simulation.run(CohortSimulation.applicants(base, parameters, s, applications), s, false,
                    CohortPlace.memory()));
        }
        other.ifPresent(m -> tasks.add(() -> new CohortSimulation(m, parameters).run(applicants, seed, true,
                CohortPlace.memory())));
        List<CohortRun> done = Parallel.all(tasks);
        CohortRun first = done.get(0);
        List<CohortRun> all = List.copyOf(done.subList(0, runs));
        Optional<Comparison> comparison = other.map(m -> Comparison.of(first, done.get(runs)));
        return new Simulation(first, StageSpread.of(all), runs, comparison, DirectionSpread.of(all));
    }

    /** As {@link #simulate(Methodology, Optional, SimulationParameters, long, int, int, CohortPlace)} in memory. */
    public static Simulation simulate(Methodology base, Optional<Methodology> other, SimulationParameters parameters,
            long seed, int applications, int runs) {
        return simulate(base, other, parameters, seed, applications, runs, CohortPlace.memory());
    }
}
