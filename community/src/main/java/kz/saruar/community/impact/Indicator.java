package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * An indicator of a theory of change (HUB-03): which element it measures, its unit, baseline,
 * target and direction of good, the measurements so far, an optional IRIS+ metric ID and the IMP
 * five dimensions.
 *
 * @param code         the indicator's code
 * @param result       the code of the chain element it measures
 * @param name         what it measures
 * @param unit         the unit, e.g. {@code people}, {@code kg}, {@code %}
 * @param baseline     the value before the project
 * @param target       the value aimed at
 * @param direction    which way is better
 * @param irisMetric   an IRIS+ metric ID, e.g. {@code PI4060}
 * @param dimensions   the IMP five dimensions
 * @param measurements the measurements, in any order
 */
@Cites("HUB-03")
public record Indicator(@Code String code, @Code String result, String name, String unit, BigDecimal baseline,
        BigDecimal target, DirectionOfGood direction, Optional<String> irisMetric, Optional<ImpactDimensions> dimensions,
        List<Measurement> measurements) {
    /** Refuses nulls; copies the list. */
    public Indicator {
        Arguments.nonNull("code", code, "result", result, "name", name, "unit", unit, "baseline", baseline,
                "target", target, "direction", direction, "irisMetric", irisMetric, "dimensions", dimensions);
        measurements = ImmutableList.copyOf(Objects.requireNonNull(measurements, "measurements"));
    }
}
