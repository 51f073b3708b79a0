package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kz.saruar.model.Arguments;

/**
 * A what-if: the same synthetic applicants (same seed) under two methodologies, side by side —
 * the funnels, the projects that go further under one than under the other, and how many
 * projects lie within one point per juror of each threshold (DEF-06, DEF-08).
 *
 * @param base      the run under the first methodology
 * @param other     the run under the second
 * @param different the projects whose path differs, in ID order
 */
public record Comparison(CohortRun base, CohortRun other, List<Difference> different) {
    /** Refuses nulls; copies. */
    public Comparison {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(other, "other");
        different = ImmutableList.copyOf(different);
    }

    /** The first methodology's name in the report: its ID. */
    public String baseLabel() {
        return base.methodologyId();
    }

    /** The second methodology's name in the report: its ID, marked when both share one. */
    public String otherLabel() {
        return other.methodologyId().equals(base.methodologyId()) ? other.methodologyId() + " (what-if)" : other.methodologyId();
    }

    /** Compares two runs of the same applicants. */
    public static Comparison of(CohortRun base, CohortRun other) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(other, "other");
        if (base.projects().size() != other.projects().size()) {
            throw new IllegalArgumentException("the runs have different applicants: " + base.projects().size()
                    + " and " + other.projects().size());
        }
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < base.projects().size(); i++) {
            CohortRun.Trace a = base.projects().get(i);
            CohortRun.Trace b = other.projects().get(i);
            if (!a.id().equals(b.id())) {
                throw new IllegalArgumentException("the runs have different applicants at " + i + ": " + a.id() + ", " + b.id());
            }
            // a project that passes the defense under one methodology only may still stop at the
            // same stage under both (a later rule: DEF-11, DEF-12): the rule that stopped it differs
            if (a.reached() != b.reached() || !a.total().equals(b.total()) || !a.stoppedBy().equals(b.stoppedBy())) {
                out.add(new Difference(a.id(), a.direction(), a.reached(), b.reached(), a.total(), b.total(),
                        a.stoppedBy(), b.stoppedBy()));
            }
        }
        return new Comparison(base, other, out);
    }

    /**
     * One project's path under both methodologies.
     *
     * @param projectId   project ID
     * @param direction   CAT-01 code
     * @param reachedBase the last stage reached under the first methodology
     * @param reachedOther the last stage reached under the second
     * @param totalBase   the defense total under the first, if defended
     * @param totalOther  the defense total under the second, if defended
     * @param stoppedBase the rule that stopped it under the first, if one did
     * @param stoppedOther the rule that stopped it under the second, if one did
     */
    public record Difference(String projectId, String direction, int reachedBase, int reachedOther,
            OptionalInt totalBase, OptionalInt totalOther, Optional<String> stoppedBase, Optional<String> stoppedOther) {
        /** Refuses nulls. */
        public Difference {
            Arguments.nonNull("projectId", projectId, "direction", direction, "totalBase", totalBase,
                    "totalOther", totalOther, "stoppedBase", stoppedBase, "stoppedOther", stoppedOther);
        }
    }
}
