package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's progress (HUB-03; for EXP-04's monthly report, DEF-02's social effect and
 * funders CAT-06): the latest value against baseline and target, as the share of the way from
 * baseline to target covered (may be below 0 or above 100), and whether the target is reached.
 *
 * @param project   the project's identifier
 * @param indicator the indicator
 * @param series    the measurements by date
 * @param latest    the latest measurement, if any
 * @param percent   the share of the way covered, in percent, one decimal, if measured
 * @param reached   whether the latest value reached the target in the direction of good
 */
public record IndicatorProgress(String project, Indicator indicator, List<Measurement> series, Optional<Measurement> latest,
        Optional<BigDecimal> percent, boolean reached) {
    /** Refuses nulls; copies the list. */
    public IndicatorProgress {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(indicator, "indicator");
        series = ImmutableList.copyOf(Objects.requireNonNull(series, "series"));
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(percent, "percent");
    }

    /** The progress of an indicator of a checked theory. */
    public static IndicatorProgress of(String project, Indicator ind) {
        List<Measurement> series = ind.measurements().stream().sorted(Comparator.comparing(Measurement::date)).toList();
        Optional<Measurement> latest = series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
        BigDecimal way = ind.target().subtract(ind.baseline());
        Optional<BigDecimal> percent = latest.map(m -> m.value().subtract(ind.baseline()).multiply(BigDecimal.valueOf(100))
                .divide(way, 1, RoundingMode.HALF_EVEN));
        boolean reached = latest.map(m -> ind.direction() == DirectionOfGood.INCREASE
                ? m.value().compareTo(ind.target()) >= 0 : m.value().compareTo(ind.target()) <= 0).orElse(false);
        return new IndicatorProgress(project, ind, series, latest, percent, reached);
    }
}
