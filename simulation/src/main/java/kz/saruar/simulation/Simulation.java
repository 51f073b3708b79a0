package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * Simulates {@code applications} applicants from {@code seed} on {@code base} through the
     * drivers that {@code drivers} gives per methodology; runs 2.. use seeds seed+1, seed+2, ….
     */
    public static Simulation simulate(Methodology base, Optional<Methodology> other, SimulationParameters parameters,
            long seed, int applications, int runs, Function<Methodology, CohortDriver> drivers) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(drivers, "drivers");
        Preconditions.checkArgument(applications > 0, "applications must be positive: %s", applications);
        Preconditions.checkArgument(runs > 0, "runs must be positive: %s", runs);
        CohortSimulation simulation = new CohortSimulation(drivers.apply(base), parameters);
        List<Applicant> applicants = CohortSimulation.applicants(base, parameters, seed, applications);
        CohortRun detail = simulation.run(applicants, seed, true);
        List<CohortRun> all = new ArrayList<>(List.of(detail));
        for (int r = 1; r < runs; r++) {
            all.add(simulation.run(CohortSimulation.applicants(base, parameters, seed + r, applications), seed + r, false));
        }
        Optional<Comparison> comparison = other.map(m ->
                Comparison.of(detail, new CohortSimulation(drivers.apply(m), parameters).run(applicants, seed, true)));
        return new Simulation(detail, StageSpread.of(all), runs, comparison);
    }

    /** As {@link #simulate(Methodology, Optional, SimulationParameters, long, int, int, Function)} on the library driver. */
    public static Simulation simulate(Methodology base, Optional<Methodology> other, SimulationParameters parameters,
            long seed, int applications, int runs) {
        return simulate(base, other, parameters, seed, applications, runs, CohortDriver::library);
    }
}
