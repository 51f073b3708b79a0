package kz.saruar.community.registry;

/** What a cohort's batch assignment of mentors maximizes (HUB-01) — both are optimal, not greedy. */
public enum MatchingObjective {
    /** <b>[default]</b> As many pairs as the constraints allow (every project a mentor if possible), then the most total fit among those. */
    MOST_PAIRS_THEN_FIT,
    /** The most total fit, even if a project is left without a mentor. */
    TOTAL_FIT
}
