package kz.saruar.community.registry;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.NonNegative;
import kz.saruar.model.validation.Positive;

/**
 * How mentors are matched (HUB-01) — all <b>[default]</b>, the seeds give no numbers: at most
 * {@code mentorsPerProject} mentor-experts per project (1: M II.2.2 speaks of mentor–mentee
 * <i>pairs</i> and PRE-01 of "choosing a mentor"), and the parts of a fit: covered needs scaled to
 * {@code needsPoints}, a bonus for the project's direction and one for its region, and up to
 * {@code freeCapacityPoints} for an expert with room this month.
 *
 * @param mentorsPerProject  the most mentor-experts one project may have
 * @param objective          what a batch assignment maximizes
 * @param needsPoints        points for covering every need
 * @param directionPoints    points for an expert of the project's direction
 * @param regionPoints       points for an expert of the project's region
 * @param freeCapacityPoints points for an expert with the whole month free
 */
@Cites("HUB-01")
public record MatchingPolicy(
        @Positive int mentorsPerProject,
        MatchingObjective objective,
        @NonNegative int needsPoints,
        @NonNegative int directionPoints,
        @NonNegative int regionPoints,
        @NonNegative int freeCapacityPoints) {
    /** The library's default policy. */
    public static final MatchingPolicy DEFAULT = new MatchingPolicy(1, MatchingObjective.MOST_PAIRS_THEN_FIT, 100, 20, 10, 10);

    /** Refuses a limit below 1, negative points and more than 10,000 points in all (fits stay exact in a long). */
    public MatchingPolicy {
        Objects.requireNonNull(objective, "objective");
        if (mentorsPerProject < 1) {
            throw new IllegalArgumentException("mentorsPerProject is below 1: " + mentorsPerProject);
        }
        if (needsPoints < 0 || directionPoints < 0 || regionPoints < 0 || freeCapacityPoints < 0
                || needsPoints + directionPoints + regionPoints + freeCapacityPoints > 10_000) {
            throw new IllegalArgumentException("points must be 0..10000 in all");
        }
    }

    /** The highest fit this policy can give. */
    public int maxFit() {
        return needsPoints + directionPoints + regionPoints + freeCapacityPoints;
    }
}
