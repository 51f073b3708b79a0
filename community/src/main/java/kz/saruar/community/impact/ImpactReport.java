package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The social-impact report (HUB-03): every indicator's progress by project, and a summary by cohort
 * and by region (projects, indicators, indicators measured, targets reached, mean progress).
 *
 * @param theories the theories reported on
 * @param progress every indicator's progress, by project in file order
 * @param byCohort the summary by cohort
 * @param byRegion the summary by region
 */
public record ImpactReport(List<TheoryOfChange> theories, List<IndicatorProgress> progress, List<Summary> byCohort,
        List<Summary> byRegion) {
    /** Refuses nulls; copies the lists. */
    public ImpactReport {
        theories = ImmutableList.copyOf(Objects.requireNonNull(theories, "theories"));
        progress = ImmutableList.copyOf(Objects.requireNonNull(progress, "progress"));
        byCohort = ImmutableList.copyOf(Objects.requireNonNull(byCohort, "byCohort"));
        byRegion = ImmutableList.copyOf(Objects.requireNonNull(byRegion, "byRegion"));
    }

    /**
     * A group's summary.
     *
     * @param group       the cohort or region
     * @param projects    projects in the group
     * @param indicators  indicators in the group
     * @param measured    indicators with at least one measurement
     * @param reached     indicators whose target is reached
     * @param meanPercent the mean progress of the measured indicators, one decimal
     */
    public record Summary(String group, int projects, int indicators, int measured, int reached, Optional<BigDecimal> meanPercent) {
        /** Refuses nulls. */
        public Summary {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(meanPercent, "meanPercent");
        }
    }

    /** The report of a checked file (see {@link TheoryOfChangeCheck}). */
    public static ImpactReport of(ImpactFile file) {
        Objects.requireNonNull(file, "file");
        List<IndicatorProgress> all = new ArrayList<>();
        for (TheoryOfChange t : file.theories()) {
            t.indicators().forEach(i -> all.add(IndicatorProgress.of(t.project(), i)));
        }
        return new ImpactReport(file.theories(), all, summarize(file.theories(), all, TheoryOfChange::cohort),
                summarize(file.theories(), all, TheoryOfChange::region));
    }

    private static List<Summary> summarize(List<TheoryOfChange> theories, List<IndicatorProgress> all,
            Function<TheoryOfChange, String> key) {
        Map<String, List<TheoryOfChange>> groups = new TreeMap<>();
        theories.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Summary> out = new ArrayList<>();
        groups.forEach((g, ts) -> {
            List<String> ids = ts.stream().map(TheoryOfChange::project).toList();
            List<IndicatorProgress> ps = all.stream().filter(p -> ids.contains(p.project())).toList();
            List<BigDecimal> percents = ps.stream().flatMap(p -> p.percent().stream()).toList();
            Optional<BigDecimal> mean = percents.isEmpty() ? Optional.empty()
                    : Optional.of(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_EVEN));
            out.add(new Summary(g, ts.size(), ps.size(), percents.size(), (int) ps.stream().filter(IndicatorProgress::reached).count(),
                    mean));
        });
        return out;
    }
}
