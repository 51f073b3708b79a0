package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import kz.saruar.model.Arguments;

/**
 * The graduates of one direction (CAT-01) over many runs of the same intake size (the 2020 cohort,
 * docs/simulation.md: its 20 graduates were 5 education, 5 culture, 8 inclusion, 2 ecology): their
 * mean, spread and range, and the 2020 count when the intake is the 2020 size.
 *
 * @param direction the direction's code
 * @param mean      the mean number of graduates
 * @param sd        the standard deviation
 * @param min       the fewest graduates in a run
 * @param max       the most graduates in a run
 * @param reference the 2020 count, for an intake of 120 (0 for a direction without 2020 graduates)
 */
public record DirectionSpread(String direction, double mean, double sd, int min, int max, OptionalInt reference) {
    /** The funnel stage whose count by direction the 2020 cohort gives (docs/simulation.md): those who completed full acceleration. */
    static final int GRADUATED = 3;

    /** Refuses nulls. */
    public DirectionSpread {
        Arguments.nonNull("direction", direction, "reference", reference);
    }

    /**
     * How far from the 2020 count a direction's mean may lie and still match it: 0.75 of a
     * project, the calibration's tolerance (docs/simulation.md). A direction had few graduates in
     * 2020 (2 in ecology), so 10 % of it would be a fifth of one project.
     */
    public static final double TOLERANCE = 0.75;

    /** Whether the mean lies within {@link #TOLERANCE} of the 2020 count; false without one. */
    public boolean matches2020() {
        return reference.isPresent() && Math.abs(mean - reference.getAsInt()) <= TOLERANCE;
    }

    /** The graduates of each direction that graduated anyone in these runs or in 2020 (and is in the methodology), by code. */
    public static List<DirectionSpread> of(List<CohortRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        boolean size2020 = runs.get(0).funnel().get(0).count() == StageSpread.COHORT_2020.get(0);
        Map<String, Integer> in2020 = StageSpread.DIRECTIONS_2020;
        // the 2020 directions this methodology has, and any direction that graduated someone
        TreeSet<String> directions = new TreeSet<>();
        if (size2020) {
            in2020.keySet().stream().filter(runs.get(0).directionCodes()::contains).forEach(directions::add);
        }
        runs.forEach(r -> r.byDirection().forEach((d, counts) -> {
            if (counts.length > GRADUATED && counts[GRADUATED] > 0) {
                directions.add(d);
            }
        }));
        ImmutableList.Builder<DirectionSpread> out = ImmutableList.builder();
        for (String d : directions) {
            Spread x = Spread.of(runs.stream().mapToInt(r -> {
                int[] c = r.byDirection().get(d);
                return c == null || c.length <= GRADUATED ? 0 : c[GRADUATED];
            }).toArray());
            out.add(new DirectionSpread(d, x.mean(), x.sd(), x.min(), x.max(),
                    size2020 ? OptionalInt.of(in2020.getOrDefault(d, 0)) : OptionalInt.empty()));
        }
        return out.build();
    }
}
