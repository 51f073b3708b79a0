package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.Methodology;

/**
 * The whole simulation of METHODOLOGY.md section 11 in one call: a detailed cohort for the
 * seed, the funnel's spread over {@code runs} seeds, and optionally the same applicants under a
 * second methodology (what-if).
 *
 * @param detail     the cohort of the first seed, with calendar, consultations and market
 * @param spread     each stage's mean and spread over the runs
 * @param runs       how many runs the spread covers
 * @param comparison the what-if, when a second methodology was given
 */
public record Simulation(CohortRun detail, List<StageSpread> spread, int runs, Optional<Comparison> comparison) {
    /** Refuses nulls; copies. */
    public Simulation {
        Objects.requireNonNull(detail, "detail");
        spread = ImmutableList.copyOf(spread);
        Objects.requireNonNull(comparison, "comparison");
    }

    /** One cohort, simulated or real, as the report shows it: one run, no comparison. */
    public static Simulation of(CohortRun run) {
        return new Simulation(run, StageSpread.of(List.of(run)), 1, Optional.empty());
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
        CohortRun first = simulation.run(applicants, seed, true, detail);
        List<CohortRun> all = new ArrayList<>(List.of(first));
        for (int r = 1; r < runs; r++) {
            all.add(simulation.run(CohortSimulation.applicants(base, parameters, seed + r, applications), seed + r, false,
                    CohortPlace.memory()));
        }
        Optional<Comparison> comparison = other.map(m -> Comparison.of(first,
                new CohortSimulation(m, parameters).run(applicants, seed, true, CohortPlace.memory())));
        return new Simulation(first, StageSpread.of(all), runs, comparison);
    }

    /** As {@link #simulate(Methodology, Optional, SimulationParameters, long, int, int, CohortPlace)} in memory. */
    public static Simulation simulate(Methodology base, Optional<Methodology> other, SimulationParameters parameters,
            long seed, int applications, int runs) {
        return simulate(base, other, parameters, seed, applications, runs, CohortPlace.memory());
    }
}
