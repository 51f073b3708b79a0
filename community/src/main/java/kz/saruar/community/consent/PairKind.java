package kz.saruar.community.consent;

/** What a pair is for (HUB-01, HUB-02). */
public enum PairKind {
    /** A mentor-expert mentors a project (M II.2.2): adviser = expert, advisee = project. */
    MENTORING,
    /** Two-way mentoring (HUB-02): an entrepreneur advises a company on social matters; adviser = project, advisee = company. */
    REVERSE_MENTORING
}
