package kz.saruar.model.methodology;

/**
 * What happens when a juror may not score a project (a member of its team, or its mentor-expert):
 * the methodology declares it [default: recuse and prorate] (DEF-09).
 */
public enum ConflictPolicy {
    /** The juror recuses; the project's total is prorated from the remaining sheets to the full scale. */
    RECUSE_AND_PRORATE,
    /** The juror recuses and a substitute juror of the same role scores the project instead. */
    SUBSTITUTE
}
