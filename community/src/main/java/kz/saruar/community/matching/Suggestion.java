package kz.saruar.community.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Mentor-experts suggested for one project (HUB-01), best first, each fit explained, and every
 * expert left out with the reasons why. A suggestion is a proposal only: a pair needs both sides'
 * consent (M II.2.2).
 *
 * @param project  the project's identifier
 * @param ranked   the eligible experts, best fit first (ties by identifier)
 * @param excluded the experts left out, in registry order
 */
public record Suggestion(String project, List<Fit> ranked, List<Exclusion> excluded) {
    /** Refuses nulls; copies the lists. */
    public Suggestion {
        Objects.requireNonNull(project, "project");
        ranked = ImmutableList.copyOf(Objects.requireNonNull(ranked, "ranked"));
        excluded = ImmutableList.copyOf(Objects.requireNonNull(excluded, "excluded"));
    }
}
