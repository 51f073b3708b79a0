package kz.saruar.community.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.community.registry.Need;

/**
 * How well one mentor-expert fits one project (HUB-01), explained: which needs the expert covers
 * and which not, whether direction and region match, the load, and the points of each part.
 *
 * @param project         the project's identifier
 * @param expert          the expert's identifier
 * @param score           the total, the sum of the parts
 * @param covered         the needs the expert covers
 * @param missed          the needs the expert does not cover
 * @param needsPoints     points for the covered needs (weighted share of {@code MatchingPolicy.needsPoints})
 * @param directionPoints points for the project's direction
 * @param regionPoints    points for the project's region
 * @param loadPoints      points for free capacity this month
 * @param currentLoad     the expert's current load
 * @param capacity        the expert's capacity per month
 */
public record Fit(String project, String expert, int score, List<Need> covered, List<Need> missed, int needsPoints,
        int directionPoints, int regionPoints, int loadPoints, int currentLoad, int capacity) {
    /** Refuses nulls; copies the lists. */
    public Fit {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(expert, "expert");
        covered = ImmutableList.copyOf(Objects.requireNonNull(covered, "covered"));
        missed = ImmutableList.copyOf(Objects.requireNonNull(missed, "missed"));
        if (score != needsPoints + directionPoints + regionPoints + loadPoints) {
            throw new IllegalArgumentException("score is not the sum of its parts: " + score);
        }
    }
}
