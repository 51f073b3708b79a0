package kz.saruar.community.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.community.registry.MatchingObjective;

/**
 * A cohort's batch assignment of mentors (HUB-01): the proposed pairs with their explained fits,
 * the projects left without a mentor, and the totals. Each pair is still a proposal: it becomes a
 * pair only when both sides consent (M II.2.2).
 *
 * @param objective  what was maximized
 * @param pairs      the proposed pairs, by project then expert
 * @param unassigned the projects that received no mentor
 * @param totalFit   the sum of the pairs' fits
 */
public record CohortAssignment(MatchingObjective objective, List<Fit> pairs, List<String> unassigned, long totalFit) {
    /** Refuses nulls; copies the lists. */
    public CohortAssignment {
        Objects.requireNonNull(objective, "objective");
        pairs = ImmutableList.copyOf(Objects.requireNonNull(pairs, "pairs"));
        unassigned = ImmutableList.copyOf(Objects.requireNonNull(unassigned, "unassigned"));
    }
}
