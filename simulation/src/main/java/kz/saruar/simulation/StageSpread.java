package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;

/**
 * One funnel stage over many runs of the same intake size (against the 2020 cohort,
 * docs/simulation.md): its mean, spread and range, the 2020 count when the intake is the 2020 size,
 * and the rules that decide it.
 *
 * @param code      the stage code
 * @param name      the stage name
 * @param mean      the mean count
 * @param sd        the standard deviation
 * @param min       the smallest count
 * @param max       the largest count
 * @param reference the 2020 count, for an intake of 120
 * @param rules     the rules that decide the stage
 */
public record StageSpread(String code, LocalizedText name, double mean, double sd, int min, int max,
        OptionalInt reference, List<String> rules) {
    /** The 2020 cohort (docs/simulation.md): 120 → 46 → 39 → 20 → 17. */
    public static final List<Integer> COHORT_2020 = List.of(120, 46, 39, 20, 17);
    /** The 2020 graduates by direction (docs/simulation.md): 5 education, 5 culture, 8 inclusion, 2 ecology. */
    public static final Map<String, Integer> DIRECTIONS_2020 = ImmutableMap.of("NON_FORMAL_EDUCATION", 5,
            "CULTURE_ART_SPORT", 5, "INCLUSIVE_SOCIETY", 8, "ECOLOGY", 2);

    /** Refuses nulls. */
    public StageSpread {
        Arguments.nonNull("code", code, "name", name, "reference", reference);
        rules = ImmutableList.copyOf(rules);
    }

    /** Whether the mean lies within {@code tolerance} (0.10 for 10 %) of the 2020 count; false without one. */
    public boolean within(double tolerance) {
        return Spread.within(mean, reference, tolerance);
    }

    /** The spread of each stage over these runs. */
    public static List<StageSpread> of(List<CohortRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        CohortRun first = runs.get(0);
        boolean size2020 = first.funnel().get(0).count() == COHORT_2020.get(0);
        ImmutableList.Builder<StageSpread> out = ImmutableList.builder();
        for (int s = 0; s < first.funnel().size(); s++) {
            final int stage = s;
            Spread x = Spread.of(runs.stream().mapToInt(r -> r.funnel().get(stage).count()).toArray());
            CohortRun.Stage st = first.funnel().get(s);
            out.add(new StageSpread(st.code(), st.name(), x.mean(), x.sd(), x.min(), x.max(),
                    size2020 && s < COHORT_2020.size() ? OptionalInt.of(COHORT_2020.get(s)) : OptionalInt.empty(),
                    st.rules()));
        }
        return out.build();
    }
}
