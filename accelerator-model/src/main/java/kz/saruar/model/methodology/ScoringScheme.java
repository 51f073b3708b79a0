package kz.saruar.model.methodology;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;

/**
 * The resolved defense scoring of a methodology (DEF-03..08): the jury, the scale, the criteria,
 * the total's range, the pass threshold and the bands — stated in the file or derived by the
 * DEF-08 mapping ({@link ThresholdMapping}).
 *
 * @param jury the jury composition (DEF-03)
 * @param scale the score scale of each criterion (DEF-04)
 * @param criteria the criteria, in order (DEF-04)
 * @param passThreshold the total a project needs to pass (DEF-06)
 * @param bands the bands, ascending, partitioning [{@link #minTotal()}, {@link #maxTotal()}] (DEF-07)
 * @param thresholdDerived whether the threshold was derived by DEF-08 rather than stated
 * @param bandsDerived whether the bands were derived by DEF-08 rather than stated
 * @param quorum the fewest jurors whose sheets a project needs for a decision [default]
 * @param conflictPolicy what happens when a juror may not score a project [default]
 */
public record ScoringScheme(JuryComposition jury, ScoreScale scale, List<Criterion> criteria,
        int passThreshold, List<Band> bands, boolean thresholdDerived, boolean bandsDerived,
        int quorum, ConflictPolicy conflictPolicy) {

    /** Checks the invariants that a validated methodology guarantees. */
    public ScoringScheme {
        Arguments.nonNull("jury", jury, "scale", scale, "conflictPolicy", conflictPolicy);
        criteria = ImmutableList.copyOf(Objects.requireNonNull(criteria, "criteria"));
        bands = ImmutableList.copyOf(Objects.requireNonNull(bands, "bands"));
        checkArgument(!criteria.isEmpty(), "no criteria");
        checkArgument(!bands.isEmpty(), "no bands");
    }

    /** The number of jurors (DEF-03). */
    public int jurySize() {
        return jury.size();
    }

    /** The lowest possible total: every juror gives every criterion the scale's minimum (DEF-05). */
    public int minTotal() {
        return Math.multiplyExact(Math.multiplyExact(jury.size(), criteria.size()), scale.min());
    }

    /** The highest possible total (DEF-05: 105 for 7 × 5 × 3). */
    public int maxTotal() {
        return Math.multiplyExact(Math.multiplyExact(jury.size(), criteria.size()), scale.max());
    }

    /** The band a total falls in (DEF-07); refuses a total outside [min, max]. */
    public Band bandOf(int total) {
        checkArgument(total >= minTotal() && total <= maxTotal(),
                "total %s is outside [%s, %s]", total, minTotal(), maxTotal());
        for (Band b : bands) {
            if (total >= b.from() && total <= b.to()) {
                return b;
            }
        }
        throw new IllegalStateException("bands do not partition the range; validation let them through");
    }

    /** Whether a total reaches the pass threshold (DEF-06). */
    public boolean passes(int total) {
        return total >= passThreshold;
    }

    /** The criterion with this code. */
    public Optional<Criterion> criterion(String code) {
        Objects.requireNonNull(code, "code");
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
