package kz.saruar.community.region;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;

/**
 * One REG-03 factor of a region's checklist: its rating on the scale 0..3 (<b>[default]</b>: 0
 * absent, 1 weak, 2 sufficient, 3 strong) and the evidence behind it.
 *
 * @param factor   the factor
 * @param rating   0..3
 * @param evidence documents, facts or links; at least one for a rating above 0
 */
@Cites("REG-03")
public record FactorRating(ReadinessFactor factor, int rating, List<String> evidence) {
    /** Refuses nulls; copies the list. */
    public FactorRating {
        Objects.requireNonNull(factor, "factor");
        evidence = ImmutableList.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
